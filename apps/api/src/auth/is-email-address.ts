import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isEmailAddress } from '@hdnd/domain';

/**
 * An address mail can be sent to, by the domain's own rule, checked with the body: a typo is a
 * 400 naming the field (`isEmailAddress`), and the decider, the last word, would refuse it too.
 */
export const IsEmailAddress = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isEmailAddress(value),
        defaultMessage: (args) => `${args?.property ?? 'email'} must be an e-mail address`,
      },
    },
    options,
  );
