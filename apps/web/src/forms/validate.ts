import type { FieldErrorLike } from '@hdnd/messages';
import type { BodyRule, FieldRule } from '../api/request-rule';
import { REQUEST_RULES, type RequestSchema } from '../api/request-rules';

/*
 * The API's own rules for a body, checked in the browser before sending (request-rules.ts is
 * generated from the API's OpenAPI document): the same constraint codes and bounds the API
 * would answer in a 400, so the console says the same sentence before and after sending.
 */

type Rules = Readonly<Record<string, BodyRule>>;

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/** Characters as a reader counts them (an emoji is one), as class-validator's MaxLength does. */
const lengthOf = (text: string) => [...text].length;

const checkValue = (
  field: string,
  value: unknown,
  rule: FieldRule,
  rules: Rules,
  errors: FieldErrorLike[],
): void => {
  if (rule.ref !== undefined && rule.type !== 'array') {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      checkBody(rules[rule.ref], value as Record<string, unknown>, rules, errors, `${field}.`);
    return;
  }
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems)
      errors.push({ field, code: 'arrayMinSize', limit: rule.minItems });
    if (rule.maxItems !== undefined && value.length > rule.maxItems)
      errors.push({ field, code: 'arrayMaxSize', limit: rule.maxItems });
    value.forEach((item, index) => {
      if (rule.ref !== undefined)
        checkValue(`${field}.${index}`, item, { ref: rule.ref }, rules, errors);
      else if (rule.items !== undefined)
        checkValue(`${field}.${index}`, item, rule.items, rules, errors);
    });
    return;
  }
  if (typeof value === 'string') {
    if (rule.enum !== undefined && !rule.enum.includes(value))
      errors.push({ field, code: 'isIn', allowed: rule.enum });
    else if (rule.maxLength !== undefined && lengthOf(value) > rule.maxLength)
      errors.push({ field, code: 'maxLength', limit: rule.maxLength });
    else if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(value))
      errors.push({ field, code: 'matches' });
    return;
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) errors.push({ field, code: 'isNumber' });
    else if (rule.minimum !== undefined && value < rule.minimum)
      errors.push({ field, code: 'min', limit: rule.minimum });
    else if (rule.maximum !== undefined && value > rule.maximum)
      errors.push({ field, code: 'max', limit: rule.maximum });
  }
};

const checkBody = (
  rule: BodyRule | undefined,
  body: Readonly<Record<string, unknown>>,
  rules: Rules,
  errors: FieldErrorLike[],
  prefix = '',
): void => {
  if (rule === undefined) return;
  // The API refuses a field it does not know rather than ignoring it; so does the form.
  for (const name of Object.keys(body))
    if (!Object.hasOwn(rule.properties, name) && body[name] !== undefined)
      errors.push({ field: `${prefix}${name}`, code: 'whitelistValidation' });
  for (const [name, fieldRule] of Object.entries(rule.properties)) {
    const field = `${prefix}${name}`;
    const value = body[name];
    const required = rule.required.includes(name);
    if (value === undefined || value === null) {
      if (required) errors.push({ field, code: 'isDefined' });
      continue;
    }
    if (isBlank(value)) {
      // An optional field left empty is not sent at all (cleanBody leaves it out).
      if (required && fieldRule.notEmpty === true) errors.push({ field, code: 'isNotEmpty' });
      continue;
    }
    checkValue(field, value, fieldRule, rules, errors);
  }
};

/** The fields of a body the API would refuse, with the constraint each breaks; [] when none. */
export const validateBody = (
  schema: RequestSchema,
  body: Readonly<Record<string, unknown>>,
  rules: Rules = REQUEST_RULES,
): FieldErrorLike[] => {
  const errors: FieldErrorLike[] = [];
  checkBody(rules[schema], body, rules, errors);
  return errors;
};

/**
 * A body as the API should get it: texts NFC and trimmed, optional texts left empty left out
 * (the API would check an empty text against its rules; an absent one it does not). A required
 * text left empty stays, so the reader hears that it is required rather than missing.
 */
export const cleanBody = <T>(schema: RequestSchema, value: T, rules: Rules = REQUEST_RULES): T =>
  cleanValue(value, rules[schema], rules);

const cleanValue = <T>(value: T, rule: BodyRule | undefined, rules: Rules): T => {
  if (typeof value === 'string') return value.normalize('NFC').trim() as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanValue(item, rule, rules)) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([key, item]) =>
            item !== undefined && !(isBlank(item) && !(rule?.required.includes(key) ?? false)),
        )
        .map(([key, item]) => {
          const ref = rule?.properties[key]?.ref;
          return [key, cleanValue(item, ref === undefined ? undefined : rules[ref], rules)];
        }),
    ) as T;
  return value;
};
