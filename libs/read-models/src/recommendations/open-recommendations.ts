import type { ReadModelSource } from '../database/read-model-database';

/** The recommendations not yet closed: what the follow-up sweep goes through. */
export interface OpenRecommendations {
  /**
   * Their ids in order, a page at a time: a tracker of 100 000 read at once took the event loop
   * for 120–470 ms (better-sqlite3 answers synchronously), and held them all in memory.
   */
  pages(pageSize?: number): AsyncIterable<readonly string[]>;
}

/** Injection token of OpenRecommendations; the application's follow-up sweep asks for it. */
export const OPEN_RECOMMENDATIONS = Symbol('OPEN_RECOMMENDATIONS');

/**
 * From the tracker. It may lag the log by a moment: a recommendation issued a second ago is
 * followed up on the next sweep, and the decision itself is always made on the log. Pages go
 * by id (keyset), so a case closed or issued meanwhile shifts no other case between pages.
 */
export const openRecommendationsFrom = (source: ReadModelSource): OpenRecommendations => ({
  async *pages(pageSize = 1_000) {
    let after = '';
    for (;;) {
      const rows = await source.db
        .selectFrom('recommendations')
        .select('id')
        .where('verification_track', '=', 'unverified')
        .where('id', '>', after)
        .orderBy('id')
        .limit(pageSize)
        .execute();
      if (rows.length > 0) yield rows.map((r) => r.id);
      if (rows.length < pageSize) return;
      after = rows.at(-1)!.id;
    }
  },
});
