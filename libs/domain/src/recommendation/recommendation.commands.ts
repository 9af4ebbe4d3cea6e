import type { WorkingCalendar } from '../calendar';
import type { FollowUpDeadlines } from './recommendation.follow-up';
import type { AgencyStanding } from '../agency';
import type { Command, LocalDate, RecordedToday, Source, SourceStanding } from '../shared';
import type { EscalationStep } from './escalation-ladder';
import type { Evidence } from '../shared';
import type {
  ClosureOutcome,
  RecommendationIssued,
  ResponsePosition,
} from './recommendation.events';

/** A command to one recommendation: its data names the recommendation. */
type ToRecommendation<T extends string, D> = Command<T, D & { recommendationId: string }> &
  RecordedToday;

/**
 * A due date is given as a date or as so many working days (exactly one). Counting working days
 * and moving a date off a day off need the calendar — the holidays and what the government
 * announced — which the application looks up and hands in with the command. Without it, the
 * calendar of the law alone (weekends and fixed holidays) is used.
 */
type WithCalendar = Readonly<{ calendar?: WorkingCalendar }>;

/** What an item that carries on from a recommendation needs to know of it. */
export type FollowedStanding = Readonly<{
  recommendationId: string;
  issued: boolean;
  /** The sessions it was placed before by escalation. */
  sessions: readonly Source[];
}>;

/** A commitment as the agency gives it: due on a date or in working days from the response. */
export type CommitmentAsked = Readonly<{
  commitmentId: string;
  text: string;
  dueOn?: LocalDate;
  dueInWorkingDays?: number;
}>;

/**
 * The law it is issued under follows from the date: the decider records it. The application
 * hands in how its source and its addressee stand on record (`origin`, `addressee`).
 */
export type IssueRecommendation = Command<
  'IssueRecommendation',
  Omit<RecommendationIssued['data'], 'supervisionLaw' | 'responseDueOn' | 'responseDueAsked'> & {
    responseDueOn?: LocalDate;
    responseDueInWorkingDays?: number;
  }
> &
  Readonly<{
    origin: SourceStanding;
    addressee: AgencyStanding;
    /** The recommendation named by `followsUp`, as its stream stands. */
    followed?: FollowedStanding;
  }> &
  WithCalendar &
  RecordedToday;

export type RecordResponse = ToRecommendation<
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

export type AssessResponse = ToRecommendation<
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

export type ReportProgress = ToRecommendation<
  'ReportProgress',
  { reportedOn: LocalDate; text: string; percent?: number }
>;

export type ReportCompletion = ToRecommendation<
  'ReportCompletion',
  { reportedOn: LocalDate; text: string; evidence: readonly Evidence[] }
>;

export type CloseRecommendation = ToRecommendation<
  'CloseRecommendation',
  { closedOn: LocalDate; outcome: ClosureOutcome; assessment: string }
>;

export type ReopenRecommendation = ToRecommendation<
  'ReopenRecommendation',
  { reopenedOn: LocalDate; reason: string }
>;

export type ExtendDeadline = ToRecommendation<
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

export type Escalate = ToRecommendation<
  'Escalate',
  { step: EscalationStep; escalatedOn: LocalDate; note: string; session?: Source }
> &
  Readonly<{
    /** How the session named stands on record, looked up by the application. */
    sessionStanding?: SourceStanding;
  }>;

export type TransferRecommendation = ToRecommendation<
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
