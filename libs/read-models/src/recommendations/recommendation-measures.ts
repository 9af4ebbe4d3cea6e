import type { Transaction } from 'kysely';
import { preparedQuery } from '../database/prepared-query';
import type {
  ReadModelTables,
  RecommendationMeasureTable,
  RecommendationTable,
} from '../database/tables';
import { earliestOf, pendingDeadlinesOf } from './pending-deadlines';

type Trx = Transaction<ReadModelTables>;

/**
 * What the dashboard counts of one recommendation, from its tracker row: `recommendation_measures`
 * holds exactly this, and the projection writes it again whenever it changes.
 */
export const measuresOf = (row: RecommendationTable): RecommendationMeasureTable => ({
  recommendation_id: row.id,
  delegation_id: row.delegation_id,
  original_agency_id: row.original_agency_id,
  current_agency_id: row.current_agency_id,
  issued_on: row.issued_on,
  status: row.status,
  closed_on: row.verification_track === 'unverified' ? null : row.closed_on,
  last_due_on: row.last_commitment_due_on ?? row.response_due_on,
  next_due_on: earliestOf(
    pendingDeadlinesOf(
      row,
      row.next_commitment_due_on === null ? [] : [row.next_commitment_due_on],
    ),
  ),
});

const MEASURE_COLUMNS = Object.keys({
  recommendation_id: true,
  delegation_id: true,
  original_agency_id: true,
  current_agency_id: true,
  issued_on: true,
  status: true,
  closed_on: true,
  last_due_on: true,
  next_due_on: true,
} satisfies Record<keyof RecommendationMeasureTable, true>) as (keyof RecommendationMeasureTable)[];

export const sameMeasures = (a: RecommendationMeasureTable, b: RecommendationMeasureTable) =>
  MEASURE_COLUMNS.every((column) => a[column] === b[column]);

/** Every issue writes one: compiled once (database/prepared-query.ts). */
export const upsertMeasures = preparedQuery<RecommendationMeasureTable>((db, slot) => {
  const values = Object.fromEntries(MEASURE_COLUMNS.map((c) => [c, slot(c)])) as Record<
    keyof RecommendationMeasureTable,
    never
  >;
  const { recommendation_id: _, ...changes } = values;
  return db
    .insertInto('recommendation_measures')
    .values(values)
    .onConflict((oc) => oc.column('recommendation_id').doUpdateSet(changes));
});

/**
 * The earliest due date of a commitment not met yet, and the latest of all: read again after an
 * event that adds, meets or moves commitments.
 */
export const commitmentDatesOf = async (
  trx: Trx,
  recommendationId: string,
): Promise<Pick<RecommendationTable, 'next_commitment_due_on' | 'last_commitment_due_on'>> => {
  const dates = await trx
    .selectFrom('commitments')
    .select((eb) => [
      eb.fn
        .min<string | null>(eb.case().when('met_on', 'is', null).then(eb.ref('due_on')).end())
        .as('next'),
      eb.fn.max<string | null>('due_on').as('last'),
    ])
    .where('recommendation_id', '=', recommendationId)
    .executeTakeFirst();
  return {
    next_commitment_due_on: dates?.next ?? null,
    last_commitment_due_on: dates?.last ?? null,
  };
};
