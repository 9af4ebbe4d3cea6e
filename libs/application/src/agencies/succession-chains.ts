import type { SuccessionOnRecord } from '@hdnd/read-models';

/**
 * The successions a sweep passes cases along, upstream first: when A passed to B and B to C,
 * A's cases reach B before B's are passed to C, so one sweep carries them to the end of the
 * chain. Successions that loop (A to B and B back to A, recorded before loops were refused)
 * are left out: following them would move the same cases round on every sweep, and only a
 * corrected record can say where they belong.
 */
export const inChainOrder = (successions: readonly SuccessionOnRecord[]): SuccessionOnRecord[] => {
  const successorOf = new Map(successions.map((s) => [s.agencyId, s.successorId]));
  /** How many handovers lie ahead of an agency's cases; undefined on a loop. */
  const stepsAhead = (agencyId: string): number | undefined => {
    const seen = new Set([agencyId]);
    let next = successorOf.get(agencyId);
    while (next !== undefined) {
      if (seen.has(next)) return undefined;
      seen.add(next);
      next = successorOf.get(next);
    }
    return seen.size - 1;
  };
  return successions
    .map((succession) => ({ succession, steps: stepsAhead(succession.agencyId) }))
    .filter(
      (entry): entry is { succession: SuccessionOnRecord; steps: number } =>
        entry.steps !== undefined,
    )
    .sort((a, b) => b.steps - a.steps)
    .map((entry) => entry.succession);
};
