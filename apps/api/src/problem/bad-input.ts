import type { ValidationError } from 'class-validator';

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

/** Nested DTOs report their errors as children; name each by its dotted path. */
const flatten = (errors: readonly ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
