import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A webhook is delivered by an HTTP POST, so its URL is http or https. Checked with the body, so
 * that `file:///etc/passwd` is told what is wrong with it rather than that its (empty) host does
 * not resolve, which is what the address guard found.
 */
export const IsHttpUrl = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isHttpUrl',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          URL.canParse(value) &&
          ['http:', 'https:'].includes(new URL(value).protocol),
        defaultMessage: (args) => `${args?.property ?? 'url'} must be an http or https URL`,
      },
    },
    options,
  );
