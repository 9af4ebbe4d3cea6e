import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Two ways to say one thing, of which a request gives one: a due date, or a number of working
 * days. Both at once is a contradiction the client must resolve, not one the server picks.
 */
export const NotWith = (other: string, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'notWith',
      constraints: [other],
      validator: {
        validate: (_value: unknown, args) =>
          (args?.object as Record<string, unknown> | undefined)?.[other] === undefined,
        defaultMessage: (args) => `give ${args?.property ?? 'this'} or ${other}, not both`,
      },
    },
    options,
  );

/**
 * The other half of a twin: left out together with `other`, the field is reported as
 * "`field` or `other` is required" (problem/bad-input.ts reads this check's name), since either
 * will do. Its constraint carries the twin's name.
 */
export const OR_GIVE = 'orGive';
export const OrGive = (other: string, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: OR_GIVE,
      constraints: [other],
      validator: {
        validate: (value: unknown, args) =>
          value !== undefined ||
          (args?.object as Record<string, unknown> | undefined)?.[other] !== undefined,
        defaultMessage: () => other,
      },
    },
    options,
  );
