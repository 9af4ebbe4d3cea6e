import type { FollowUpDeadlines } from './recommendation.follow-up';
import type { AgencyStanding } from '../agency';
import type { DelegationStanding } from '../delegation';
import type { LocalDate } from '../shared';
import type { EscalationStep } from './escalation-ladder';
import type { Evidence } from '../shared';
import type {
  ClosureOutcome,
  Commitment,
  RecommendationIssued,
  ResponsePosition,
} from './recommendation.events';

type Cmd<T extends string, D> = Readonly<{
  type: T;
  data: Readonly<D & { recommendationId: string }>;
}>;

export type IssueRecommendation = Readonly<{
  type: 'IssueRecommendation';
  /** The law it is issued under follows from the date: the decider records it. */
  data: Omit<RecommendationIssued['data'], 'supervisionLaw'>;
  delegation: DelegationStanding;
  addressee: AgencyStanding;
}>;

export type RecordResponse = Cmd<
  'RecordResponse',
  {
    responseId: string;
    agencyId: string;
    respondedOn: LocalDate;
    position: ResponsePosition;
    text: string;
    commitments?: readonly Commitment[];
  }
>;

export type AssessResponse = Cmd<
  'AssessResponse',
  {
    responseId: string;
    assessedOn: LocalDate;
    verdict: 'satisfactory' | 'unsatisfactory';
    note: string;
    /** When unsatisfactory and not given, the new response is due RESUBMISSION_DAYS later. */
    newResponseDueOn?: LocalDate;
  }
>;

export type ReportProgress = Cmd<
  'ReportProgress',
  { reportedOn: LocalDate; text: string; percent?: number }
>;

export type ReportCompletion = Cmd<
  'ReportCompletion',
  { reportedOn: LocalDate; text: string; evidence: readonly Evidence[] }
>;

export type CloseRecommendation = Cmd<
  'CloseRecommendation',
  { closedOn: LocalDate; outcome: ClosureOutcome; assessment: string }
>;

export type ReopenRecommendation = Cmd<
  'ReopenRecommendation',
  { reopenedOn: LocalDate; reason: string }
>;

export type ExtendDeadline = Cmd<
  'ExtendDeadline',
  {
    commitmentId?: string;
    newDueOn: LocalDate;
    extendedOn: LocalDate;
    reason: string;
    approvedBy: string;
  }
>;

export type Escalate = Cmd<
  'Escalate',
  { step: EscalationStep; escalatedOn: LocalDate; note: string }
>;

export type TransferRecommendation = Cmd<
  'TransferRecommendation',
  { fromAgencyId: string; toAgencyId: string; effectiveOn: LocalDate; basis: string }
>;

export type RecommendationCommand =
  | IssueRecommendation
  | RecordResponse
  | AssessResponse
  | ReportProgress
  | ReportCompletion
  | CloseRecommendation
  | ReopenRecommendation
  | ExtendDeadline
  | Escalate
  | TransferRecommendation
  | FollowUpDeadlines;
