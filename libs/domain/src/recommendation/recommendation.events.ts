import type { FollowUpEvent } from './recommendation.follow-up';
import type { DueDateAsked } from '../calendar';
import type { Event, Evidence, LocalDate, Source } from '../shared';
import type { EscalationStep } from './escalation-ladder';

export type ResponsePosition = 'accepted' | 'partially-accepted' | 'rejected';
export type ClosureOutcome =
  'implemented' | 'partially-implemented' | 'not-implemented' | 'no-longer-applicable';

export type Commitment = Readonly<{
  commitmentId: string;
  text: string;
  /** The due date in force: a working day. */
  dueOn: LocalDate;
  /** What was asked, when it was working days or a day off that moved (see DueDateAsked). */
  dueAsked?: DueDateAsked;
}>;

export type RecommendationIssued = Event<
  'RecommendationIssued',
  {
    recommendationId: string;
    /**
     * Since schema version 3: where it comes from — a delegation, an interpellation session…
     * Version 2 events named their delegation (`delegationId`) and read as coming from it.
     */
    source: Source;
    addresseeAgencyId: string;
    text: string;
    /** A delegation's findings it comes from; none for the other sources. */
    findingIds: readonly string[];
    /**
     * The recommendation it carries on from: a case escalated to a session, where the agency
     * committed to what this item now follows up.
     */
    followsUp?: string;
    issuedOn: LocalDate;
    /** The due date in force: a working day. */
    responseDueOn: LocalDate;
    /** What was asked, when it was working days or a day off that moved to `responseDueOn`. */
    responseDueAsked?: DueDateAsked;
    /**
     * Since schema version 2: the law on supervisory activities it was issued under (the one in
     * force on `issuedOn`). Version 1 events get it from their date (upcasting/upcasters.ts).
     */
    supervisionLaw: string;
  }
>;

export type ResponseRecorded = Event<
  'ResponseRecorded',
  {
    recommendationId: string;
    responseId: string;
    agencyId: string;
    respondedOn: LocalDate;
    position: ResponsePosition;
    text: string;
    commitments: readonly Commitment[];
  }
>;

export type ResponseAssessed = Event<
  'ResponseAssessed',
  {
    recommendationId: string;
    responseId: string;
    assessedOn: LocalDate;
    verdict: 'satisfactory' | 'unsatisfactory';
    note: string;
    /** Set when the verdict is unsatisfactory: the date the new response is due. */
    newResponseDueOn?: LocalDate;
    /** What was asked (or the default in working days), when it is not `newResponseDueOn`. */
    newResponseDueAsked?: DueDateAsked;
  }
>;

export type ProgressReported = Event<
  'ProgressReported',
  {
    recommendationId: string;
    reportedOn: LocalDate;
    text: string;
    percent?: number;
  }
>;

export type CompletionReported = Event<
  'CompletionReported',
  {
    recommendationId: string;
    reportedOn: LocalDate;
    text: string;
    evidence: readonly Evidence[];
  }
>;

export type RecommendationClosed = Event<
  'RecommendationClosed',
  {
    recommendationId: string;
    closedOn: LocalDate;
    outcome: ClosureOutcome;
    assessment: string;
    /**
     * Since schema version 2: the law on supervisory activities the decision was taken under
     * (the one in force on `closedOn`). Version 1 events get it from that date (upcasting/upcasters.ts).
     */
    supervisionLaw: string;
  }
>;

export type RecommendationReopened = Event<
  'RecommendationReopened',
  {
    recommendationId: string;
    reopenedOn: LocalDate;
    reason: string;
    /**
     * Since schema version 2: the law on supervisory activities the decision was taken under
     * (the one in force on `reopenedOn`). Version 1 events get it from that date (upcasting/upcasters.ts).
     */
    supervisionLaw: string;
  }
>;

/** A due date moved. The original stays in the record: `originalDueOn` never changes. */
export type DeadlineExtended = Event<
  'DeadlineExtended',
  {
    recommendationId: string;
    /** `response`, or the id of a commitment. */
    deadline: 'response' | Readonly<{ commitmentId: string }>;
    originalDueOn: LocalDate;
    previousDueOn: LocalDate;
    newDueOn: LocalDate;
    /** What was asked, when it was working days or a day off that moved to `newDueOn`. */
    newDueAsked?: DueDateAsked;
    extendedOn: LocalDate;
    reason: string;
    approvedBy: string;
    /**
     * Since schema version 2: the law on supervisory activities the decision was taken under
     * (the one in force on `extendedOn`). Version 1 events get it from that date (upcasting/upcasters.ts).
     */
    supervisionLaw: string;
  }
>;

export type RecommendationEscalated = Event<
  'RecommendationEscalated',
  {
    recommendationId: string;
    step: EscalationStep;
    escalatedOn: LocalDate;
    note: string;
    /**
     * The session it was placed before, for a step to an explanation session or interpellation:
     * the case joins that session's agenda, and what is committed there can follow it up.
     */
    session?: Source;
    /**
     * Since schema version 2: the law on supervisory activities the decision was taken under
     * (the one in force on `escalatedOn`). Version 1 events get it from that date (upcasting/upcasters.ts).
     */
    supervisionLaw: string;
  }
>;

/** The addressee was abolished or merged: its successor now answers. History keeps the original. */
export type RecommendationTransferred = Event<
  'RecommendationTransferred',
  {
    recommendationId: string;
    fromAgencyId: string;
    toAgencyId: string;
    effectiveOn: LocalDate;
    basis: string;
  }
>;

export type RecommendationEvent =
  | RecommendationIssued
  | ResponseRecorded
  | ResponseAssessed
  | ProgressReported
  | CompletionReported
  | RecommendationClosed
  | RecommendationReopened
  | DeadlineExtended
  | RecommendationEscalated
  | RecommendationTransferred
  | FollowUpEvent;
