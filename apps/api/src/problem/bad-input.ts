import { getMetadataStorage, type ValidationError } from 'class-validator';
import { OR_GIVE } from '../http/not-with';
import type { ConstraintCode } from './constraint-codes';

/**
 * A field at fault: which, the constraint it broke by its stable code, that constraint's bound
 * where it has one, and a sentence for people. Clients key their own messages on `code` (and
 * its bound), never on the sentence.
 */
export interface FieldError {
  readonly field: string;
  readonly code: ConstraintCode;
  readonly message: string;
  /** The bound of a size or range (maxLength, min, max, arrayMaxSize, the one isLength broke). */
  readonly limit?: number;
  /** The values isIn allows. */
  readonly allowed?: readonly string[];
  /** For notWith, isDefined of a twin (orGive): the other field that says the same thing. */
  readonly other?: string;
}

/** A request the client must change: 400 with every field at fault. */
export class BadInput extends Error {
  override readonly name = 'BadInput';
  readonly code = 'bad-input';

  constructor(
    message: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
  }

  static fromValidation(errors: readonly ValidationError[]): BadInput {
    const fields = flatten(errors);
    return new BadInput(
      `${fields.length} field${fields.length === 1 ? '' : 's'} at fault.`,
      fields,
    );
  }
}

/**
 * The checks that say what a field must be, most basic first: when a value fails several
 * (7 for a text field is not a string, and so not a short enough one either), the client is
 * told the first of these it failed and nothing else.
 */
const FIRST_SAID = [
  'whitelistValidation',
  'isDefined',
  'isString',
  'isArray',
  'isInt',
  'isNumber',
  'isBoolean',
  'nestedValidation',
  'isIn',
  'isLocalDate',
  'matches',
  'isNotEmpty',
];

/** The arguments the decorator named `name` was given on this field of this request class. */
const constraintsOf = (error: ValidationError, name: string): readonly unknown[] => {
  const target = error.target?.constructor;
  if (typeof target !== 'function') return [];
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((meta) => meta.propertyName === error.property && meta.name === name);
  return (declared?.constraints ?? []) as readonly unknown[];
};

/** A size or range check's bound; for isLength, the one the value is on the wrong side of. */
const BOUNDED = new Set(['maxLength', 'min', 'max', 'arrayMinSize', 'arrayMaxSize']);

/** The bound the client needs beside the code to say what is wrong in its own words. */
const boundOf = (error: ValidationError, name: string): Partial<FieldError> => {
  const args = constraintsOf(error, name);
  if (BOUNDED.has(name) && typeof args[0] === 'number') return { limit: args[0] };
  if (name === 'isLength' && typeof args[0] === 'number') {
    const short = typeof error.value === 'string' && error.value.length < args[0];
    const limit = short ? args[0] : args[1];
    return typeof limit === 'number' ? { limit } : {};
  }
  if (name === 'isIn' && Array.isArray(args[0])) return { allowed: args[0].map(String) };
  if (name === 'notWith' && typeof args[0] === 'string') return { other: args[0] };
  return {};
};

/**
 * class-validator names its checks with plain strings; the constraint codes' unit spec checks
 * that every check the request classes declare is a ConstraintCode, so none reaches a client
 * unlisted.
 */
const codeOf = (name: string): ConstraintCode => name as ConstraintCode;

/**
 * One error per field, and the right one. A required field left out fails every check on it at
 * once (a missing `topic` is not a string, empty and too long; a missing `members` list broke
 * its size limit), so it is said to be required (`isDefined`), once; otherwise the most basic
 * check it failed speaks for it.
 */
const fieldErrorOf = (error: ValidationError, field: string): FieldError | undefined => {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.length === 0) return undefined;
  if (error.value === undefined && !names.includes('whitelistValidation')) {
    // A date with a twin in working days: either will do, so both are named, by their paths.
    const twin = constraints[OR_GIVE];
    if (twin !== undefined) {
      const other = field.replace(/[^.]*$/, twin);
      return { field, code: 'isDefined', message: `${field} or ${other} is required`, other };
    }
    return { field, code: 'isDefined', message: `${field} is required` };
  }
  const first = FIRST_SAID.find((name) => name in constraints) ?? names[0]!;
  return { field, code: codeOf(first), message: constraints[first]!, ...boundOf(error, first) };
};

/** Nested DTOs report their errors as children; name each by its dotted path. */
const flatten = (errors: readonly ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = fieldErrorOf(error, field);
    return [...(own ? [own] : []), ...flatten(error.children ?? [], field)];
  });
