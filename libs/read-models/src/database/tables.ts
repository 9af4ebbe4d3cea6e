import type { CouncilLevel, SupervisingBody } from '@hdnd/domain';
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
  /** Who supervises through it: the body, its level, and the name of a committee or deputy. */
  supervising_body: SupervisingBody;
  council_level: CouncilLevel;
  supervisor_name: string | null;
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

export interface RecommendationTable {
  id: string;
  /** Its delegation's id; '' for an item from another source (an interpellation session…). */
  delegation_id: string;
  /** Where it comes from (the domain's SourceKind), that source's id, and the part named. */
  source_kind: string;
  source_id: string;
  source_part_id: string | null;
  /** Who supervises through its source, copied from the source when the item is issued. */
  supervising_body: string;
  council_level: string;
  supervisor_name: string | null;
  /** The recommendation it carries on from (a commitment made at a session it went before). */
  follows_up: string | null;
  text: string;
  finding_ids: string;
  original_agency_id: string;
  current_agency_id: string;
  issued_on: string;
  response_due_on: string;
  original_response_due_on: string;
  response_track: string;
  implementation_track: string;
  verification_track: string;
  /** One word for lists, as the domain's `recommendationStatusOf` gives it from the three tracks. */
  status: string;
  percent: number | null;
  escalation_step: string | null;
  closed_on: string | null;
  /** When the first response came: days to respond (on time or late is per deadline, response_deadlines). */
  first_responded_on: string | null;
  /** The earliest due date of a commitment not met yet; null when none is left. */
  next_commitment_due_on: string | null;
  /** The latest due date of its commitments, met or not; null when it has none. */
  last_commitment_due_on: string | null;
  search_text: string;
  position: number;
}

export interface InterpellationTable {
  id: string;
  title: string;
  meeting: string;
  held_on: string;
  supervising_body: string;
  council_level: string;
  supervisor_name: string | null;
  /** The resolution after the session (JSON LegalBasis), once adopted. */
  resolution: string | null;
  resolution_summary: string | null;
  search_text: string;
}

export interface InterpellationQuestionTable {
  id: string;
  interpellation_id: string;
  asked_by: string;
  /** JSON Person. */
  answered_by: string;
  agency_id: string;
  question: string;
  answer: string;
  asked_on: string;
}

export interface ExplanationSessionTable {
  id: string;
  /** The matter explained. */
  issue: string;
  /** The agency whose head explained. */
  agency_id: string;
  held_on: string;
  supervising_body: string;
  council_level: string;
  supervisor_name: string | null;
  /** What the conclusion asks of the agency, once recorded, and its day. */
  conclusion: string | null;
  concluded_on: string | null;
  search_text: string;
}

export interface PetitionRoundTable {
  id: string;
  title: string;
  meeting: string;
  forwarded_on: string;
  answer_due_on: string;
  supervising_body: string;
  council_level: string;
  supervisor_name: string | null;
  petition_count: number;
  search_text: string;
}

export interface PetitionTable {
  petition_round_id: string;
  id: string;
  text: string;
  voters: string;
  agency_id: string;
  /** The log position of the batch it came in, and its place in the batch: the order recorded. */
  position: number;
  ordinal: number;
}

/** Each time escalation placed a recommendation before a session: that session's agenda. */
export interface EscalationSessionTable {
  log_position: number;
  recommendation_id: string;
  kind: string;
  id: string;
  escalated_on: string;
}

export interface CommitteeSupervisionTable {
  id: string;
  topic: string;
  supervising_body: string;
  council_level: string;
  supervisor_name: string | null;
  started_on: string;
  conclusion: string | null;
  concluded_on: string | null;
  search_text: string;
}

/** Every source items come from, as the recommendations projection keeps it for their rows. */
export interface FollowUpSourceTable {
  kind: string;
  id: string;
  title: string;
  supervising_body: string;
  council_level: string;
  supervisor_name: string | null;
}

/** How many recommendations each agency has, by delegation and status: list totals without a count(*). */
export interface RecommendationCountTable {
  agency_id: string;
  delegation_id: string;
  status: string;
  n: number;
}

export interface RecommendationResponseTable {
  id: string;
  recommendation_id: string;
  agency_id: string;
  responded_on: string;
  position: string;
  text: string;
  verdict: string | null;
  assessed_on: string | null;
  assessment_note: string | null;
}

/**
 * Each response deadline of a recommendation: the first (opened by its issue) and each new one
 * due after an unsatisfactory assessment (opened by the response assessed), with its due date
 * as extended, and the day a response answered it. The scorecard charges each one.
 */
export interface ResponseDeadlineTable {
  recommendation_id: string;
  /** `issue`, or the id of the response judged unsatisfactory. */
  opened_by: string;
  due_on: string;
  answered_on: string | null;
  /** The agency that held the case on `due_on` (after the successions in force by then). */
  charged_agency_id: string;
  /** The day the case was closed, while it is closed: an unanswered deadline stopped running then. */
  closed_on: string | null;
  /** 1 when answered on or before its due date. */
  on_time: number;
  /** 1 when answered after it, or left unanswered past it by the day the case was closed. */
  late: number;
  /** Its due date while unanswered on an open case: late once today is past it. */
  running_due_on: string | null;
  /** On the first deadline only: calendar days from the issue to the first response. */
  days_to_respond: number | null;
  // The recommendation's own, so that the dashboard's delegation and period filters need no join.
  delegation_id: string;
  issued_on: string;
}

/**
 * One narrow row per recommendation: what the dashboard counts and filters by, so that its
 * figures are sums over small index entries rather than over the tracker's wide rows.
 */
export interface RecommendationMeasureTable {
  recommendation_id: string;
  delegation_id: string;
  original_agency_id: string;
  current_agency_id: string;
  issued_on: string;
  /** The tracker's status: a closure's outcome once closed (`implemented`…). */
  status: string;
  /** The day the closure that stands was dated; null while open. */
  closed_on: string | null;
  /** The latest deadline it has: its last commitment's due date, else the response's. */
  last_due_on: string;
  /** The earliest deadline still to meet (as the tracker's `nextDueOn`); overdue once past. */
  next_due_on: string | null;
}

export interface CommitmentTable {
  id: string;
  recommendation_id: string;
  response_id: string;
  text: string;
  due_on: string;
  original_due_on: string;
  /** The day a completion report met it; it stays met through a reopening. */
  met_on: string | null;
}

/** Progress and completion reports, in log order. */
export interface ProgressReportTable {
  log_position: number;
  recommendation_id: string;
  kind: 'progress' | 'completion';
  reported_on: string;
  text: string;
  percent: number | null;
  evidence: string;
}

/** Who did what when, one row per event of the recommendation's stream. */
export interface TimelineTable {
  log_position: number;
  recommendation_id: string;
  at: string;
  type: string;
  /** The business date the event carries (issued on, responded on, escalated on…). */
  business_date: string;
  actor: string;
  /** The event's own fields as JSON (without the recommendation's id): what the clerk wrote. */
  details: string;
  summary: string;
}

export interface ObstacleTable {
  id: string;
  delegation_id: string;
  finding_id: string;
  survey_id: string | null;
  source_agency_id: string;
  statement: string;
  recorded_on: string;
  status: string;
  responsible_agency_id: string | null;
  competence: string | null;
  merged_into: string | null;
  /** The last referral to a competent body: to whom, at what level, when, and why. */
  referred_to: string | null;
  referral_competence: string | null;
  referred_on: string | null;
  referral_reason: string | null;
  resolved_on: string | null;
  resolution: string | null;
  evidence: string;
  search_text: string;
  position: number;
}

/** An obstacle's history, one row per event: as the recommendation timeline, without a summary. */
export interface ObstacleHistoryTable {
  log_position: number;
  obstacle_id: string;
  at: string;
  type: string;
  business_date: string;
  actor: string;
  details: string;
}

/** Accounts by the name they go by, for histories; no roles, no grants. */
export interface PersonTable {
  id: string;
  username: string;
  display_name: string;
  position: number;
}

/** A case a succession passed on: who held it before, who after, from which date. */
export interface CaseHandoverTable {
  case_kind: 'recommendation' | 'obstacle';
  case_id: string;
  from_agency_id: string;
  to_agency_id: string;
  effective_on: string;
  basis: string;
  position: number;
}

/**
 * A delegation whose results the secretariat published, as citizens see it: only public facts
 * (docs/read-models.md, "The public page"). Officials appear by name and position only.
 */
export interface PublicDelegationTable {
  id: string;
  title: string;
  topic: string;
  /** JSON `{ number, issuedOn, issuedBy }`: the resolution that established it. */
  legal_basis: string;
  period_from: string;
  period_to: string;
  /** JSON `{ name, position }`. */
  chair: string;
  /** JSON `[{ name, position }]`. */
  members: string;
  status: 'established' | 'concluded';
  concluded_on: string | null;
  published_on: string;
  publication_basis: string;
  position: number;
}

/** A recommendation of a published delegation, as citizens see it. */
export interface PublicRecommendationTable {
  id: string;
  delegation_id: string;
  text: string;
  /** The agency answering it now, by name. */
  addressee_name: string;
  issued_on: string;
  response_due_on: string;
  status: string;
  /** The agency's latest response: its position, date and text; null while none came. */
  response_position: string | null;
  responded_on: string | null;
  response_text: string | null;
  closed_on: string | null;
  position: number;
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
  recommendations: RecommendationTable;
  follow_up_sources: FollowUpSourceTable;
  escalation_sessions: EscalationSessionTable;
  interpellations: InterpellationTable;
  committee_supervisions: CommitteeSupervisionTable;
  interpellation_questions: InterpellationQuestionTable;
  explanation_sessions: ExplanationSessionTable;
  petition_rounds: PetitionRoundTable;
  petitions: PetitionTable;
  recommendation_responses: RecommendationResponseTable;
  recommendation_counts: RecommendationCountTable;
  recommendation_measures: RecommendationMeasureTable;
  response_deadlines: ResponseDeadlineTable;
  commitments: CommitmentTable;
  progress_reports: ProgressReportTable;
  recommendation_timeline: TimelineTable;
  obstacles: ObstacleTable;
  obstacle_history: ObstacleHistoryTable;
  people: PersonTable;
  case_handovers: CaseHandoverTable;
  public_delegations: PublicDelegationTable;
  public_recommendations: PublicRecommendationTable;
}
