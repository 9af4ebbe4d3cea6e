import type { WorkingCalendar } from '../calendar';
import type { FollowUpDeadlines } from './recommendation.follow-up';
import type { AgencyStanding } from '../agency';
import type { DelegationStanding } from '../delegation';
import type { LocalDate, RecordedToday } from '../shared';
import type { EscalationStep } from './escalation-ladder';
import type { Evidence } from '../shared';
import type {
  ClosureOutcome,
  RecommendationIssued,
  ResponsePosition,
} from './recommendation.events';

type Cmd<T extends string, D> = Readonly<{
  type: T;
  data: Readonly<D & { recommendationId: string }>;
}> &
  RecordedToday;

/**
 * A due date is given as a date or as so many working days (exactly one). Counting working days
 * and moving a date off a day off need the calendar — the holidays and what the government
 * announced — which the application looks up and hands in with the command. Without it, the
 * calendar of the law alone (weekends and fixed holidays) is used.
 */
type WithCalendar = Readonly<{ calendar?: WorkingCalendar }>;

/** A commitment as the agency gives it: due on a date or in working days from the response. */
export type CommitmentAsked = Readonly<{
  commitmentId: string;
  text: string;
  dueOn?: LocalDate;
  dueInWorkingDays?: number;
}>;

export type IssueRecommendation = Readonly<{
  type: 'IssueRecommendation';
  /** The law it is issued under follows from the date: the decider records it. */
  data: Omit<
    RecommendationIssued['data'],
    'supervisionLaw' | 'responseDueOn' | 'responseDueAsked'
  > &
    Readonly<{ responseDueOn?: LocalDate; responseDueInWorkingDays?: number }>;
  delegation: DelegationStanding;
  addressee: AgencyStanding;
}> &
  WithCalendar &
  RecordedToday;

export type RecordResponse = Cmd<
  'RecordResponse',
  {
    responseId: string;
    agencyId: string;
    respondedOn: LocalDate;
    position: ResponsePosition;
    text: string;
    commitments?: readonly CommitmentAsked[];
  }
> &
  WithCalendar;

export type AssessResponse = Cmd<
  'AssessResponse',
  {
    responseId: string;
    assessedOn: LocalDate;
    verdict: 'satisfactory' | 'unsatisfactory';
    note: string;
    /**
     * When unsatisfactory: a date or working days from the assessment; neither, and the new
     * response is due RESUBMISSION_WORKING_DAYS working days later.
     */
    newResponseDueOn?: LocalDate;
    newResponseDueInWorkingDays?: number;
  }
> &
  WithCalendar;

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
    /** The new due date, or working days added to the current one (exactly one). */
    newDueOn?: LocalDate;
    newDueInWorkingDays?: number;
    extendedOn: LocalDate;
    reason: string;
    approvedBy: string;
  }
> &
  WithCalendar;

export type Escalate = Cmd<
  'Escalate',
  { step: EscalationStep; escalatedOn: LocalDate; note: string }
>;

export type TransferRecommendation = Cmd<
  'TransferRecommendation',
  { fromAgencyId: string; toAgencyId: string; effectiveOn: LocalDate; basis: string }
>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type RecommendationCommand = (
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
  | FollowUpDeadlines
) &
  RecordedToday;
