/**
 * A command that breaks a business rule in the current state. `code` is stable (clients and
 * tests match on it); the message is for people. The HTTP edge maps it to 409.
 */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Throws a DomainRuleViolation unless the rule holds. */
export function ensure(rule: boolean, code: string, message: string): asserts rule {
  if (!rule) throw new DomainRuleViolation(code, message);
}

/** Text that must say something: not empty, not only whitespace. */
export const hasText = (value: string | undefined): value is string =>
  typeof value === 'string' && value.trim().length > 0;
