import type { ReadModelTables } from '../database/tables';

/**
 * Every table a projection writes and the columns that put its rows in a stable order: what a
 * dump lists and a comparison walks. Checkpoints and parked events are left out — they say how
 * the rows were built, not what they hold.
 */
export const READ_MODEL_TABLES: readonly {
  readonly table: keyof ReadModelTables;
  readonly orderBy: readonly string[];
}[] = [
  { table: 'agencies', orderBy: ['id'] },
  { table: 'delegations', orderBy: ['id'] },
  { table: 'working_groups', orderBy: ['id'] },
  { table: 'surveys', orderBy: ['id'] },
  { table: 'findings', orderBy: ['id'] },
  { table: 'interpellations', orderBy: ['id'] },
  { table: 'interpellation_questions', orderBy: ['id'] },
  { table: 'petition_rounds', orderBy: ['id'] },
  { table: 'petitions', orderBy: ['petition_round_id', 'id'] },
  { table: 'committee_supervisions', orderBy: ['id'] },
  { table: 'explanation_sessions', orderBy: ['id'] },
  { table: 'follow_up_sources', orderBy: ['kind', 'id'] },
  { table: 'escalation_sessions', orderBy: ['log_position'] },
  { table: 'recommendations', orderBy: ['id'] },
  { table: 'recommendation_responses', orderBy: ['id'] },
  { table: 'commitments', orderBy: ['id'] },
  { table: 'response_deadlines', orderBy: ['recommendation_id', 'opened_by'] },
  { table: 'recommendation_measures', orderBy: ['recommendation_id'] },
  { table: 'obstacles', orderBy: ['id'] },
  { table: 'people', orderBy: ['id'] },
  { table: 'case_handovers', orderBy: ['case_kind', 'case_id', 'from_agency_id'] },
  { table: 'progress_reports', orderBy: ['log_position'] },
  { table: 'recommendation_timeline', orderBy: ['log_position'] },
  { table: 'public_delegations', orderBy: ['id'] },
  { table: 'public_recommendations', orderBy: ['id'] },
  { table: 'obstacle_history', orderBy: ['log_position'] },
  // Counters: a row at 0 is the same as no row.
  { table: 'recommendation_counts', orderBy: ['agency_id', 'delegation_id', 'status'] },
];
