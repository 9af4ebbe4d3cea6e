import type { Event, LegalBasis, LocalDate, Person, Supervisor } from '../shared';

export type DelegationEstablished = Event<
  'DelegationEstablished',
  {
    delegationId: string;
    title: string;
    topic: string;
    legalBasis: LegalBasis;
    periodFrom: LocalDate;
    periodTo: LocalDate;
    chair: Person;
    members: readonly Person[];
    /**
     * Since schema version 2: the body that supervises through it, and at which level. Version 1
     * delegations were all the provincial council's (upcasting/upcasters.ts).
     */
    supervisor: Supervisor;
  }
>;

export type WorkingGroupFormed = Event<
  'WorkingGroupFormed',
  {
    delegationId: string;
    workingGroupId: string;
    number: string;
    leader: Person;
    members: readonly Person[];
  }
>;

/**
 * The chair of a survey whose record names none: version 1 events were accepted without one
 * (the decider did not yet require it) and read with this, so that the survey projects and says
 * plainly that the chair was never recorded.
 */
export const CHAIR_NOT_RECORDED: Person = { name: '(không ghi nhận)', position: '' };

export type SurveyRecorded = Event<
  'SurveyRecorded',
  {
    delegationId: string;
    surveyId: string;
    workingGroupId?: string;
    date: LocalDate;
    agencyIds: readonly string[];
    topics: readonly string[];
    /** Since schema version 2 always present; see CHAIR_NOT_RECORDED. */
    chair: Person;
    participants: readonly string[];
    notes?: string;
  }
>;

export type FindingKind = 'achievement' | 'limitation' | 'obstacle';

/** A figure inside a finding: "84.72/100, rank 3 of 9, grade Tốt" for 2021. */
export type Indicator = Readonly<{
  name: string;
  period: string;
  value?: number;
  outOf?: number;
  rank?: number;
  rankOf?: number;
  grade?: string;
}>;

export type FindingRecorded = Event<
  'FindingRecorded',
  {
    delegationId: string;
    findingId: string;
    surveyId?: string;
    agencyId: string;
    kind: FindingKind;
    statement: string;
    indicators: readonly Indicator[];
    /** Present for kind `obstacle`: the obstacle this finding opens. */
    obstacleId?: string;
    recordedOn: LocalDate;
  }
>;

export type DelegationConcluded = Event<
  'DelegationConcluded',
  { delegationId: string; concludedOn: LocalDate; summary: string }
>;

/**
 * The secretariat makes the delegation's results public: from now on its public facts (see
 * docs/read-models.md, "The public page") are shown to anyone. `basis` is the instrument or note
 * the decision rests on ("Thông báo 12/TB-HĐND ngày …").
 */
export type DelegationResultsPublished = Event<
  'DelegationResultsPublished',
  { delegationId: string; publishedOn: LocalDate; basis: string }
>;

/** The results are taken off the public page, with the reason; they may be published again. */
export type DelegationPublicationWithdrawn = Event<
  'DelegationPublicationWithdrawn',
  { delegationId: string; withdrawnOn: LocalDate; reason: string }
>;

export type DelegationEvent =
  | DelegationEstablished
  | WorkingGroupFormed
  | SurveyRecorded
  | FindingRecorded
  | DelegationConcluded
  | DelegationResultsPublished
  | DelegationPublicationWithdrawn;
