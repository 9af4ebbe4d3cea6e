import type { ReadModelDb } from '../database/read-model-database';
import type { ProjectionRunner } from '../runner/projection-runner';

/** Which open cases an agency answers for, as of a log position. */
export interface AgencyCases {
  openCasesOf(
    agencyId: string,
    atPosition: bigint,
  ): Promise<{ recommendations: string[]; obstacles: string[] }>;
}

/** Injection token of AgencyCases; the application's succession policy asks for it. */
export const AGENCY_CASES = Symbol('AGENCY_CASES');

/** How long to wait for the read models to reach the succession before listing the cases. */
const WAIT_MS = 10_000;

/** The open recommendations and obstacles an agency answers for now, from the read models. */
export const agencyCasesFrom = (db: ReadModelDb, runner: ProjectionRunner): AgencyCases => ({
  async openCasesOf(agencyId, atPosition) {
    if (!(await runner.waitFor(atPosition, WAIT_MS))) {
      throw new Error(
        `read models did not reach position ${atPosition} in ${WAIT_MS} ms; cases of ${agencyId} not listed`,
      );
    }
    const [recommendations, obstacles] = await Promise.all([
      db
        .selectFrom('recommendations')
        .select('id')
        .where('current_agency_id', '=', agencyId)
        .where('verification_track', '=', 'unverified')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('obstacles')
        .select('id')
        .where('responsible_agency_id', '=', agencyId)
        .where('status', 'not in', ['resolved', 'merged'])
        .orderBy('id')
        .execute(),
    ]);
    return {
      recommendations: recommendations.map((r) => r.id),
      obstacles: obstacles.map((o) => o.id),
    };
  },
});
