import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@hdnd/domain';

/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused). */
export const IsLocalDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be a calendar date written YYYY-MM-DD`,
      },
    },
    options,
  );

/** Ids are opaque; a client that brings its own keeps them short and plain. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
