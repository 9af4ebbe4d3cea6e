import type { RuleCode } from './rule-codes';

/**
 * A command that breaks a business rule in the current state. `code` is stable (clients and
 * tests match on it) and one of the RuleCode list; the message is for people. The HTTP edge
 * gives each code its status (409, or 404 for an unknown reference).
 */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';

  constructor(
    readonly code: RuleCode,
    message: string,
  ) {
    super(message);
  }
}

/** Throws a DomainRuleViolation unless the rule holds. */
export function ensure(rule: boolean, code: RuleCode, message: string): asserts rule {
  if (!rule) throw new DomainRuleViolation(code, message);
}

/** Text that must say something: not empty, not only whitespace. */
export const hasText = (value: string | undefined): value is string =>
  typeof value === 'string' && value.trim().length > 0;
