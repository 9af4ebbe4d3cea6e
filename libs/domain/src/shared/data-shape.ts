import { DomainRuleViolation, ensure } from './domain-rule-violation';
import { isLocalDate } from './local-date';
import type { ShapeRuleCode } from './rule-codes';
import { COUNCIL_LEVELS, SUPERVISING_BODIES } from './supervisor';

/**
 * What a command's data must hold before any rule is weighed: which fields are required, of
 * which type. The HTTP layer validates too, but the deciders are the last word on what enters
 * the log, and every event they accept must project: a survey recorded without its chair was
 * once accepted, and the read models could never store it. So each decider checks its command
 * against a shape written here, whatever reached it.
 *
 * Shapes say presence and type only; whether a text says something, or a date is in order, stays
 * a rule of the decider, with its own code.
 */
export type FieldRule =
  | Readonly<{ kind: 'string' }>
  | Readonly<{ kind: 'date' }>
  | Readonly<{ kind: 'boolean' }>
  | Readonly<{ kind: 'number'; integer: boolean }>
  | Readonly<{ kind: 'one-of'; values: readonly string[] }>
  | Readonly<{ kind: 'object'; fields: Shape }>
  | Readonly<{ kind: 'list'; of: FieldRule }>;

export type Field = Readonly<{
  rule: FieldRule;
  /** Absent is fine; null never is (an optional field is absent or valid). */
  optional: boolean;
  /** The word the rule code uses instead of the field's name, e.g. `agencies` for `agencyIds`. */
  code?: string;
}>;

export type Shape = Readonly<Record<string, Field | FieldRule>>;

const required = (rule: FieldRule): Field => ({ rule, optional: false });

export const string = (): FieldRule => ({ kind: 'string' });
export const date = (): FieldRule => ({ kind: 'date' });
export const boolean = (): FieldRule => ({ kind: 'boolean' });
export const number = (): FieldRule => ({ kind: 'number', integer: false });
export const integer = (): FieldRule => ({ kind: 'number', integer: true });
export const oneOf = (values: readonly string[]): FieldRule => ({ kind: 'one-of', values });
export const object = (fields: Shape): FieldRule => ({ kind: 'object', fields });
export const listOf = (of: FieldRule): FieldRule => ({ kind: 'list', of });
export const optional = (rule: FieldRule): Field => ({ rule, optional: true });
/** A required field whose rule codes use another word than its name. */
export const named = (code: string, field: Field | FieldRule): Field => ({
  ...('rule' in field ? field : required(field)),
  code,
});

/** The value objects most commands carry. */
export const PERSON = object({ name: string(), position: string() });
export const LEGAL_BASIS = object({ number: string(), issuedOn: date(), issuedBy: string() });
export const EVIDENCE = object({ title: string(), reference: string() });
export const SUPERVISOR = object({
  body: oneOf(SUPERVISING_BODIES),
  level: oneOf(COUNCIL_LEVELS),
  name: optional(string()),
});

const fieldOf = (field: Field | FieldRule): Field => ('rule' in field ? field : required(field));

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EXPECTED: Readonly<Record<FieldRule['kind'], string>> = {
  string: 'a text',
  date: 'a date (YYYY-MM-DD)',
  boolean: 'true or false',
  number: 'a number',
  'one-of': 'one of the listed values',
  object: 'an object',
  list: 'a list',
};

type Problem = Readonly<{ path: string; missing: boolean; inList: boolean; expected?: string }>;

/** The first thing wrong with `value` against `rule`, or undefined when it fits. */
const problemOf = (
  value: unknown,
  field: Field,
  path: string,
  inList: boolean,
): Problem | undefined => {
  const { rule } = field;
  const wrong = (expected = EXPECTED[rule.kind]): Problem => ({
    path,
    missing: false,
    inList,
    expected,
  });
  if (value === undefined && field.optional) return undefined;
  // An optional field is absent or valid: a null would be stored as a null in the log.
  if (value === null && field.optional) return wrong(`absent or ${EXPECTED[rule.kind]}`);
  if (value === undefined || value === null) return { path, missing: true, inList };
  switch (rule.kind) {
    case 'string':
      return typeof value === 'string' ? undefined : wrong();
    case 'date':
      return isLocalDate(value) ? undefined : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong();
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong();
      return rule.integer && !Number.isInteger(value) ? wrong('a whole number') : undefined;
    case 'one-of':
      return typeof value === 'string' && rule.values.includes(value)
        ? undefined
        : wrong(`one of ${rule.values.join(', ')}`);
    case 'object':
      return isRecord(value) ? problemInShape(value, rule.fields, `${path}.`, inList) : wrong();
    case 'list': {
      if (!Array.isArray(value)) return wrong();
      for (const [i, item] of value.entries()) {
        const problem = problemOf(item, required(rule.of), `${path}[${i}]`, true);
        if (problem) return problem;
      }
      return undefined;
    }
  }
};

const problemInShape = (
  data: Readonly<Record<string, unknown>>,
  shape: Shape,
  prefix: string,
  inList: boolean,
): Problem | undefined => {
  for (const [name, field] of Object.entries(shape)) {
    const problem = problemOf(data[name], fieldOf(field), `${prefix}${name}`, inList);
    if (problem) return problem;
  }
  return undefined;
};

/**
 * Throws a DomainRuleViolation unless `data` fits `shape`. The code names the top-level field:
 * `survey.chair-required` when it (or a field inside it) is missing or null,
 * `survey.chair-invalid` when it is of the wrong type, or something inside one of its list
 * items is wrong.
 */
export const ensureShape = (data: unknown, shape: Shape, subject: string): void => {
  // The code is built from the shape's own words, so the compiler cannot check it; the rule
  // codes' unit spec checks that every code a declared shape can give is a ShapeRuleCode.
  const code = (suffix: string) => `${subject}.${suffix}` as ShapeRuleCode;
  ensure(isRecord(data), code('data-required'), `The ${subject} command carries no data.`);
  for (const [name, field] of Object.entries(shape)) {
    const { code: word = kebab(name) } = fieldOf(field);
    const problem = problemOf(data[name], fieldOf(field), name, false);
    if (!problem) continue;
    ensure(
      !problem.missing || problem.inList,
      code(`${word}-required`),
      `"${problem.path}" is required.`,
    );
    throw new DomainRuleViolation(
      code(`${word}-invalid`),
      problem.missing
        ? `"${problem.path}" is required.`
        : `"${problem.path}" must be ${problem.expected}.`,
    );
  }
};
