import type { ReadModelSource } from '../database/read-model-database';

/** The recommendations not yet closed: what the follow-up sweep goes through. */
export interface OpenRecommendations {
  ids(): Promise<string[]>;
}

/** Injection token of OpenRecommendations; the application's follow-up sweep asks for it. */
export const OPEN_RECOMMENDATIONS = Symbol('OPEN_RECOMMENDATIONS');

/**
 * From the tracker. It may lag the log by a moment: a recommendation issued a second ago is
 * followed up on the next sweep, and the decision itself is always made on the log.
 */
export const openRecommendationsFrom = (source: ReadModelSource): OpenRecommendations => ({
  async ids() {
    const rows = await source.db
      .selectFrom('recommendations')
      .select('id')
      .where('verification_track', '=', 'unverified')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  },
});
