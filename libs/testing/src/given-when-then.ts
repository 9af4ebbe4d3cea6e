import { fold, DomainRuleViolation, type Decider } from '@hdnd/domain';

/**
 * Given past events, when a command is decided, then these events — or this rule's code.
 * Reads like the scenario it checks:
 *   expect(given(decider, [issued]).when(respond)).toEqual([...])
 *   expect(given(decider, [issued, closed]).rejects(respond)).toBe('recommendation.closed')
 */
export const given = <C, E, S>(decider: Decider<C, E, S>, history: readonly E[]) => ({
  when: (command: C): readonly E[] => decider.decide(command, fold(decider, history)),
  rejects: (command: C): string => {
    try {
      const events = decider.decide(command, fold(decider, history));
      return `accepted: ${JSON.stringify(events)}`;
    } catch (error) {
      if (error instanceof DomainRuleViolation) return error.code;
      throw error;
    }
  },
  state: (): S => fold(decider, history),
});
