import type { ReadModelDb } from '@hdnd/read-models';

/**
 * Every row of every table a projection writes, in a stable order: two builds of the read
 * models (a replay, a rebuild, a build that survived crashes) compare equal or not.
 */
export const dumpReadModels = async (db: ReadModelDb): Promise<Record<string, unknown[]>> => {
  const out: Record<string, unknown[]> = {};
  const byId = [
    'agencies',
    'delegations',
    'working_groups',
    'surveys',
    'findings',
    'recommendations',
    'recommendation_responses',
    'commitments',
    'obstacles',
  ] as const;
  for (const table of byId)
    out[table] = await db.selectFrom(table).selectAll().orderBy('id').execute();
  for (const table of ['progress_reports', 'recommendation_timeline'] as const) {
    out[table] = await db.selectFrom(table).selectAll().orderBy('log_position').execute();
  }
  out.recommendation_counts = await db
    .selectFrom('recommendation_counts')
    .selectAll()
    .where('n', '<>', 0)
    .orderBy('agency_id')
    .orderBy('delegation_id')
    .orderBy('status')
    .execute();
  return out;
};
