import type { ReadModelDb } from '../database/read-model-database';

const TABLES = [
  'follow_up_sources',
  'escalation_sessions',
  'recommendation_timeline',
  'progress_reports',
  'commitments',
  'recommendation_responses',
  'response_deadlines',
  'recommendation_measures',
  'recommendations',
] as const;

/** What the dashboard's filters read on every row: delegation, period, addressees, case id. */
const FILTERED_BY = [
  'delegation_id',
  'issued_on',
  'original_agency_id',
  'current_agency_id',
  'recommendation_id',
] as const;

/**
 * The dashboard's tables and their indexes. SQLite groups by sorting, and sorting 100 000 rows
 * costs more than reading them; each of these indexes holds, in the order of one GROUP BY, every
 * column its query reads and filters by, so the query walks one index in order and sorts nothing
 * (a delegation filter is checked on the entries, not looked up). A period of issue is read as a
 * range of the index by issue, which holds every column, and sorted: a year is a fifth of the
 * rows. Each index is narrow: a scan of 100 000 entries takes a few milliseconds, where the
 * tracker's rows, with their text, take a hundred.
 */
const migrateMeasureTables = async (db: ReadModelDb): Promise<void> => {
  await db.schema
    .createTable('recommendation_measures')
    .ifNotExists()
    .addColumn('recommendation_id', 'text', (c) => c.primaryKey())
    .addColumn('delegation_id', 'text', (c) => c.notNull())
    .addColumn('original_agency_id', 'text', (c) => c.notNull())
    .addColumn('current_agency_id', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('last_due_on', 'text', (c) => c.notNull())
    .addColumn('next_due_on', 'text')
    .execute();
  const measureIndexes = {
    // Counts by status, and those due (implemented: the status).
    recommendation_measures_by_status: ['status', 'last_due_on', ...FILTERED_BY],
    // Received, by original addressee.
    recommendation_measures_by_original: ['original_agency_id', ...FILTERED_BY],
    // Open and overdue, by current addressee.
    recommendation_measures_by_current: [
      'current_agency_id',
      'closed_on',
      'next_due_on',
      ...FILTERED_BY,
    ],
    // Issued per day; and every figure over a period of issue, read from that range alone.
    recommendation_measures_by_issue: [
      'issued_on',
      ...FILTERED_BY,
      'status',
      'last_due_on',
      'closed_on',
      'next_due_on',
    ],
    // Closed per day.
    recommendation_measures_by_closure: ['closed_on', ...FILTERED_BY],
  } as const;
  for (const [name, columns] of Object.entries(measureIndexes)) {
    await db.schema
      .createIndex(name)
      .ifNotExists()
      .on('recommendation_measures')
      .columns([...new Set<string>(columns)])
      .execute();
  }
  // On time and late, by the agency charged with each deadline.
  await db.schema
    .createIndex('response_deadlines_by_charged_agency')
    .ifNotExists()
    .on('response_deadlines')
    .columns([
      'charged_agency_id',
      'on_time',
      'late',
      'running_due_on',
      'days_to_respond',
      'delegation_id',
      'issued_on',
      'recommendation_id',
    ])
    .execute();
};

export const migrateRecommendationTables = async (db: ReadModelDb): Promise<void> => {
  await db.schema
    .createTable('recommendations')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('delegation_id', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('source_part_id', 'text')
    .addColumn('supervising_body', 'text', (c) => c.notNull())
    .addColumn('council_level', 'text', (c) => c.notNull())
    .addColumn('supervisor_name', 'text')
    .addColumn('follows_up', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('finding_ids', 'text', (c) => c.notNull())
    .addColumn('original_agency_id', 'text', (c) => c.notNull())
    .addColumn('current_agency_id', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('response_due_on', 'text', (c) => c.notNull())
    .addColumn('original_response_due_on', 'text', (c) => c.notNull())
    .addColumn('response_track', 'text', (c) => c.notNull())
    .addColumn('implementation_track', 'text', (c) => c.notNull())
    .addColumn('verification_track', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('escalation_step', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('first_responded_on', 'text')
    .addColumn('next_commitment_due_on', 'text')
    .addColumn('last_commitment_due_on', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('recommendation_counts')
    .ifNotExists()
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('delegation_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('recommendation_counts_pk', ['agency_id', 'delegation_id', 'status'])
    .execute();
  await db.schema
    .createTable('recommendation_responses')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('responded_on', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text')
    .addColumn('assessed_on', 'text')
    .addColumn('assessment_note', 'text')
    .execute();
  await db.schema
    .createTable('response_deadlines')
    .ifNotExists()
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text')
    .addColumn('charged_agency_id', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('running_due_on', 'text')
    .addColumn('days_to_respond', 'integer')
    .addColumn('delegation_id', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('response_deadlines_pk', ['recommendation_id', 'opened_by'])
    .execute();
  await migrateMeasureTables(db);
  await migrateSourceTable(db);
  await db.schema
    .createTable('escalation_sessions')
    .ifNotExists()
    .addColumn('log_position', 'integer', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('escalated_on', 'text', (c) => c.notNull())
    .execute();
  // Read both ways: a case's sessions, and a session's agenda.
  await db.schema
    .createIndex('escalation_sessions_by_session')
    .ifNotExists()
    .on('escalation_sessions')
    .columns(['kind', 'id'])
    .execute();
  await db.schema
    .createIndex('escalation_sessions_by_recommendation')
    .ifNotExists()
    .on('escalation_sessions')
    .column('recommendation_id')
    .execute();
  await db.schema
    .createIndex('recommendations_by_follows_up')
    .ifNotExists()
    .on('recommendations')
    .column('follows_up')
    .execute();
  await db.schema
    .createTable('commitments')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('original_due_on', 'text', (c) => c.notNull())
    .addColumn('met_on', 'text')
    .execute();
  await db.schema
    .createTable('progress_reports')
    .ifNotExists()
    .addColumn('log_position', 'integer', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('recommendation_timeline')
    .ifNotExists()
    .addColumn('log_position', 'integer', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  for (const table of [
    'recommendation_responses',
    'commitments',
    'progress_reports',
    'recommendation_timeline',
  ] as const) {
    await db.schema
      .createIndex(`${table}_by_recommendation`)
      .ifNotExists()
      .on(table)
      .column('recommendation_id')
      .execute();
  }
  await db.schema
    .createIndex('recommendations_by_delegation')
    .ifNotExists()
    .on('recommendations')
    .column('delegation_id')
    .execute();
  // The tracker list is read by agency, status or delegation, most urgent first: each index
  // serves its filter and the default order (response due date, then id) without a sort.
  // By issue, the session report's order: without that index each batch of the register
  // scanned and sorted the whole table again to find its rows.
  const listIndexes = {
    recommendations_by_agency: ['current_agency_id', 'response_due_on', 'id'],
    recommendations_by_status: ['status', 'response_due_on', 'id'],
    recommendations_by_delegation_due: ['delegation_id', 'response_due_on', 'id'],
    recommendations_by_due_date: ['response_due_on', 'id'],
    recommendations_by_source: ['source_kind', 'source_id', 'response_due_on', 'id'],
    recommendations_by_supervisor: ['supervising_body', 'council_level', 'response_due_on', 'id'],
    recommendations_by_issue: ['issued_on', 'id'],
  } as const;
  for (const [name, columns] of Object.entries(listIndexes)) {
    await db.schema
      .createIndex(name)
      .ifNotExists()
      .on('recommendations')
      .columns([...columns])
      .execute();
  }
};

/** The sources items come from, each with its title and supervisor. */
const migrateSourceTable = (db: ReadModelDb) =>
  db.schema
    .createTable('follow_up_sources')
    .ifNotExists()
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('supervising_body', 'text', (c) => c.notNull())
    .addColumn('council_level', 'text', (c) => c.notNull())
    .addColumn('supervisor_name', 'text')
    .addPrimaryKeyConstraint('follow_up_sources_pk', ['kind', 'id'])
    .execute();

export const dropRecommendationTables = async (db: ReadModelDb): Promise<void> => {
  for (const table of TABLES) await db.schema.dropTable(table).ifExists().execute();
};
