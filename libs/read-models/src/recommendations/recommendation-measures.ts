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

const commitmentDates = preparedQuery<
  { recommendation_id: string },
  { next: string | null; last: string | null }
>((db, slot) =>
  db
    .selectFrom('commitments')
    .select((eb) => [
      eb.fn
        .min<string | null>(eb.case().when('met_on', 'is', null).then(eb.ref('due_on')).end())
        .as('next'),
      eb.fn.max<string | null>('due_on').as('last'),
    ])
    .where('recommendation_id', '=', slot('recommendation_id')),
);

/** What most events change: the status, the closure and the deadlines. */
type Progress = Pick<
  RecommendationMeasureTable,
  'recommendation_id' | 'status' | 'closed_on' | 'last_due_on' | 'next_due_on'
>;

/**
 * Only the columns that move as a case progresses: SQLite then rewrites only the indexes that
 * hold them (status, current addressee, closure), not those by original addressee and issue.
 */
const updateProgress = preparedQuery<Progress>((db, slot) =>
  db
    .updateTable('recommendation_measures')
    .set({
      status: slot('status'),
      closed_on: slot('closed_on'),
      last_due_on: slot('last_due_on'),
      next_due_on: slot('next_due_on'),
    })
    .where('recommendation_id', '=', slot('recommendation_id')),
);

/** Writes what changed between the measures before an event and after it, if anything did. */
export const writeMeasures = async (
  trx: Trx,
  before: RecommendationMeasureTable,
  after: RecommendationMeasureTable,
): Promise<void> => {
  const changed = MEASURE_COLUMNS.filter((column) => before[column] !== after[column]);
  if (changed.length === 0) return;
  const progress: readonly string[] = ['status', 'closed_on', 'last_due_on', 'next_due_on'];
  if (changed.every((column) => progress.includes(column))) await updateProgress(trx, after);
  else await upsertMeasures(trx, after);
};

/**
 * The earliest due date of a commitment not met yet, and the latest of all: read again after an
 * event that adds, meets or moves commitments.
 */
export const commitmentDatesOf = async (
  trx: Trx,
  recommendationId: string,
): Promise<Pick<RecommendationTable, 'next_commitment_due_on' | 'last_commitment_due_on'>> => {
  const [dates] = await commitmentDates(trx, { recommendation_id: recommendationId });
  return {
    next_commitment_due_on: dates?.next ?? null,
    last_commitment_due_on: dates?.last ?? null,
  };
};
