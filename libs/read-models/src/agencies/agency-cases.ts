import type { ActiveReadModels } from '../generations/active-read-models';
import { ReadModelsBehind } from '../runner/read-models-behind';

/** A succession as the read models hold it. */
export interface SuccessionOnRecord {
  readonly agencyId: string;
  readonly successorId: string;
  readonly effectiveOn: string;
  readonly basis: string;
}

/** Which open cases an agency answers for, as of a log position; which successions are due. */
export interface AgencyCases {
  /**
   * With `passedTo`, also the cases already passed from this agency to that successor: a
   * retried succession answers their handovers again, so its answer covers every case it moved.
   */
  openCasesOf(
    agencyId: string,
    atPosition: bigint,
    passedTo?: string,
  ): Promise<{ recommendations: string[]; obstacles: string[] }>;
  /** Successions in force by `today` (YYYY-MM-DD), whose cases must have passed by now. */
  successionsInForceBy(today: string): Promise<SuccessionOnRecord[]>;
}

/** Injection token of AgencyCases; the application's succession policy asks for it. */
export const AGENCY_CASES = Symbol('AGENCY_CASES');

/** How long to wait for the read models to reach the succession before listing the cases. */
const WAIT_MS = 10_000;

/** The open recommendations and obstacles an agency answers for now, from the read models. */
export const agencyCasesFrom = (readModels: ActiveReadModels): AgencyCases => ({
  async successionsInForceBy(today) {
    const rows = await readModels.db
      .selectFrom('agencies')
      .select(['id', 'successor_id', 'succession_effective_on', 'succession_basis'])
      .where('successor_id', 'is not', null)
      .where('succession_effective_on', '<=', today)
      .orderBy('succession_effective_on')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      agencyId: r.id,
      successorId: r.successor_id!,
      effectiveOn: r.succession_effective_on!,
      basis: r.succession_basis ?? '',
    }));
  },
  async openCasesOf(agencyId, atPosition, passedTo) {
    // The succession is already recorded; a 503 tells the client to retry with the same
    // Idempotency-Key, which answers the recorded succession and lists the cases again.
    if (!(await readModels.waitFor(atPosition, WAIT_MS)))
      throw new ReadModelsBehind(atPosition, readModels.position());
    const { db } = readModels;
    const passed = (kind: 'recommendation' | 'obstacle') =>
      passedTo === undefined
        ? Promise.resolve([])
        : db
            .selectFrom('case_handovers')
            .select('case_id as id')
            .where('case_kind', '=', kind)
            .where('from_agency_id', '=', agencyId)
            .where('to_agency_id', '=', passedTo)
            .execute();
    const [recommendations, obstacles, passedRecommendations, passedObstacles] = await Promise.all([
      db
        .selectFrom('recommendations')
        .select('id')
        .where('current_agency_id', '=', agencyId)
        .where('verification_track', '=', 'unverified')
        .execute(),
      // Assigned to it, or reported by it and not yet assigned: either way it answers for it.
      db
        .selectFrom('obstacles')
        .select('id')
        .where((eb) => eb.fn.coalesce('responsible_agency_id', 'source_agency_id'), '=', agencyId)
        .where('status', 'not in', ['resolved', 'merged'])
        .execute(),
      passed('recommendation'),
      passed('obstacle'),
    ]);
    const ids = (rows: readonly { id: string }[]) => [...new Set(rows.map((r) => r.id))].sort();
    return {
      recommendations: ids([...recommendations, ...passedRecommendations]),
      obstacles: ids([...obstacles, ...passedObstacles]),
    };
  },
});
