import { preparedQuery, type Slot } from '../database/prepared-query';
import type {
  RecommendationCountTable,
  RecommendationTable,
  TimelineTable,
} from '../database/tables';

/*
 * The statements every recommendation event runs (recommendations.projection.ts), compiled
 * once: database/prepared-query.ts.
 */

/** Every column of a recommendation: the upsert and the update name each, so a row is written whole. */
const COLUMNS = Object.keys({
  id: true,
  delegation_id: true,
  source_kind: true,
  source_id: true,
  source_part_id: true,
  supervising_body: true,
  council_level: true,
  supervisor_name: true,
  follows_up: true,
  text: true,
  finding_ids: true,
  original_agency_id: true,
  current_agency_id: true,
  issued_on: true,
  response_due_on: true,
  original_response_due_on: true,
  response_track: true,
  implementation_track: true,
  verification_track: true,
  status: true,
  percent: true,
  escalation_step: true,
  closed_on: true,
  first_responded_on: true,
  next_commitment_due_on: true,
  last_commitment_due_on: true,
  search_text: true,
  position: true,
} satisfies Record<keyof RecommendationTable, true>) as (keyof RecommendationTable)[];

const slots = <Column extends keyof RecommendationTable>(
  slot: Slot<RecommendationTable>,
  columns: readonly Column[],
) => Object.fromEntries(columns.map((c) => [c, slot(c)])) as Record<Column, never>;

export const selectRecommendation = preparedQuery<{ id: string }, RecommendationTable>((db, slot) =>
  db.selectFrom('recommendations').selectAll().where('id', '=', slot('id')),
);

export const recommendationExists = preparedQuery<{ id: string }>((db, slot) =>
  db.selectFrom('recommendations').select('id').where('id', '=', slot('id')),
);

export const upsertRecommendation = preparedQuery<RecommendationTable>((db, slot) => {
  const changes = slots(
    slot,
    COLUMNS.filter((c): c is Exclude<keyof RecommendationTable, 'id'> => c !== 'id'),
  );
  return db
    .insertInto('recommendations')
    .values({ id: slot('id'), ...changes })
    .onConflict((oc) => oc.column('id').doUpdateSet(changes));
});

export const updateRecommendation = preparedQuery<RecommendationTable>((db, slot) =>
  db.updateTable('recommendations').set(slots(slot, COLUMNS)).where('id', '=', slot('id')),
);

export const addToCount = preparedQuery<RecommendationCountTable>((db, slot) =>
  db
    .insertInto('recommendation_counts')
    .values({
      agency_id: slot('agency_id'),
      delegation_id: slot('delegation_id'),
      status: slot('status'),
      n: slot('n'),
    })
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'delegation_id', 'status'])
        .doUpdateSet((eb) => ({ n: eb('recommendation_counts.n', '+', slot('n')) })),
    ),
);

export const addToTimeline = preparedQuery<TimelineTable>((db, slot) =>
  db
    .insertInto('recommendation_timeline')
    .values({
      log_position: slot('log_position'),
      recommendation_id: slot('recommendation_id'),
      at: slot('at'),
      type: slot('type'),
      business_date: slot('business_date'),
      actor: slot('actor'),
      details: slot('details'),
      summary: slot('summary'),
    })
    .onConflict((oc) => oc.column('log_position').doNothing()),
);
