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
