import type { ValidationError } from 'class-validator';
import { OR_GIVE } from '../http/not-with';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A request the client must change: 400 with every field at fault. */
export class BadInput extends Error {
  override readonly name = 'BadInput';

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

/**
 * One message per field, and the right one. A required field left out fails every check on
 * it at once (a missing `topic` is not a string, empty and too long; a missing `members` list
 * broke its size limit), so it is said to be required, once; otherwise the most basic check
 * it failed speaks for it.
 */
const messageOf = (error: ValidationError, field: string): string | undefined => {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.length === 0) return undefined;
  if (error.value === undefined && !names.includes('whitelistValidation')) {
    // A date with a twin in working days: either will do, so both are named, by their paths.
    const twin = constraints[OR_GIVE];
    if (twin !== undefined) return `${field} or ${field.replace(/[^.]*$/, twin)} is required`;
    return `${field} is required`;
  }
  const first = FIRST_SAID.find((name) => name in constraints) ?? names[0]!;
  return constraints[first];
};

/** Nested DTOs report their errors as children; name each by its dotted path. */
const flatten = (errors: readonly ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = messageOf(error, field);
    const own = message === undefined ? [] : [{ field, message }];
    return [...own, ...flatten(error.children ?? [], field)];
  });
