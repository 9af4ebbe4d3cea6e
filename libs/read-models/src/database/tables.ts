import type { Generated } from 'kysely';

/** Where each projection stands: the last log position it has applied, in the same transaction as its rows. */
export interface ProjectionCheckpointTable {
  projection: string;
  version: number;
  position: number;
  status: 'running' | 'degraded';
  detail: string | null;
  updated_at: string;
}

/** Events a projection could not apply: kept with the reason, never skipped silently. */
export interface ParkedEventTable {
  id: Generated<number>;
  projection: string;
  version: number;
  position: number;
  event_id: string;
  stream_id: string;
  type: string;
  reason: string;
  parked_at: string;
}

export interface AgencyTable {
  id: string;
  name: string;
  level: string;
  parent_id: string | null;
  registered_on: string;
  successor_id: string | null;
  succession_effective_on: string | null;
  succession_basis: string | null;
  search_text: string;
  position: number;
}

export interface DelegationTable {
  id: string;
  title: string;
  topic: string;
  legal_basis: string;
  period_from: string;
  period_to: string;
  chair: string;
  members: string;
  status: 'established' | 'concluded';
  concluded_on: string | null;
  summary: string | null;
  search_text: string;
  position: number;
}

export interface WorkingGroupTable {
  id: string;
  delegation_id: string;
  number: string;
  leader: string;
  members: string;
}

export interface SurveyTable {
  id: string;
  delegation_id: string;
  working_group_id: string | null;
  date: string;
  agency_ids: string;
  topics: string;
  chair: string;
  participants: string;
  notes: string | null;
}

export interface FindingTable {
  id: string;
  delegation_id: string;
  survey_id: string | null;
  agency_id: string;
  kind: string;
  statement: string;
  indicators: string;
  obstacle_id: string | null;
  recorded_on: string;
  search_text: string;
}

/** Every read-model table. JSON columns hold text, so SQLite and PostgreSQL read them alike. */
export interface ReadModelTables {
  projection_checkpoints: ProjectionCheckpointTable;
  parked_events: ParkedEventTable;
  agencies: AgencyTable;
  delegations: DelegationTable;
  working_groups: WorkingGroupTable;
  surveys: SurveyTable;
  findings: FindingTable;
}
