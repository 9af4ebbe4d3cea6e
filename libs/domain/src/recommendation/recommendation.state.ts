import type { LocalDate, Source } from '../shared';
import type { EscalationStep } from './escalation-ladder';
import type { ResponsePosition } from './recommendation.events';
import type { RecommendationTracks } from './recommendation.tracks';

export type DueDate = Readonly<{ originalDueOn: LocalDate; dueOn: LocalDate }>;

/**
 * A commitment, and the day the work it promises was reported done. Once met it stays met: a
 * reopening sends the work back, but it does not make a deadline kept on time a missed one.
 */
export type CommitmentDue = DueDate & Readonly<{ metOn?: LocalDate }>;

export type ResponseOnRecord = Readonly<{
  responseId: string;
  position: ResponsePosition;
  respondedOn: LocalDate;
  verdict?: 'satisfactory' | 'unsatisfactory';
  assessedOn?: LocalDate;
}>;

/** An issued recommendation: where it stands on its tracks (recommendation.tracks.ts), and its record. */
export type IssuedRecommendation = RecommendationTracks &
  Readonly<{
    /** Closed while a verification outcome stands: the verification track's, said in one word. */
    status: 'open' | 'closed';
    recommendationId: string;
    /** Where it comes from: a delegation, an interpellation session… */
    source: Source;
    addressee: Readonly<{
      originalAgencyId: string;
      currentAgencyId: string;
      /** Each succession that passed the case on, in order: who answers from which date. */
      handovers?: readonly Readonly<{ agencyId: string; effectiveOn: LocalDate }>[];
    }>;
    issuedOn: LocalDate;
    responseDue: DueDate;
    /**
     * Each response deadline a response has answered: its due date then (extensions applied) and
     * the day it was answered. The follow-up records one answered late as missed even when no
     * sweep saw it pass unanswered (a case entered after the fact).
     */
    answeredResponseDeadlines: readonly Readonly<{ dueOn: LocalDate; answeredOn: LocalDate }>[];
    responses: readonly ResponseOnRecord[];
    commitments: Readonly<Record<string, CommitmentDue>>;
    closedOn?: LocalDate;
    escalation?: EscalationStep;
    /** The sessions escalation placed it before: items committed there may follow it up. */
    sessions: readonly Source[];
    /**
     * The dates of the latest decisions of each kind whose order matters, so that the next one
     * is not dated before them (see recommendation.decide.ts).
     */
    reopenedOn?: LocalDate;
    extendedOn?: LocalDate;
    escalatedOn?: LocalDate;
    /** The latest progress or completion report. */
    implementationReportedOn?: LocalDate;
    /** Reminders and missed deadlines already recorded (see recommendation.follow-up.ts). */
    followUps: readonly string[];
  }>;

export type RecommendationState = Readonly<{ status: 'none' }> | IssuedRecommendation;

export const initialRecommendationState: RecommendationState = { status: 'none' };

/**
 * The agency that answered for the recommendation on `date`: the original addressee, or the
 * successor of the last succession in force by then. A deadline is charged to the agency that
 * held the case on its due date, even when the succession was recorded later.
 */
export const agencyAnsweringOn = (state: IssuedRecommendation, date: LocalDate): string =>
  (state.addressee.handovers ?? []).reduce(
    (agencyId, handover) => (handover.effectiveOn <= date ? handover.agencyId : agencyId),
    state.addressee.originalAgencyId,
  );
