import type { Event, LegalBasis, LocalDate, Person, Supervisor } from '../shared';

/**
 * An interpellation session (phiên chất vấn) held at a council meeting: the council's deputies
 * question the heads of agencies, who answer at the rostrum.
 */
export type InterpellationHeld = Event<
  'InterpellationHeld',
  {
    interpellationId: string;
    title: string;
    /** The council meeting it was part of, e.g. "Kỳ họp thứ 12, HĐND tỉnh khóa X". */
    meeting: string;
    heldOn: LocalDate;
    /** The council (its Standing Committee when between meetings) that holds it. */
    supervisor: Supervisor;
  }
>;

/** One question put at the session, and the answer given to it. */
export type InterpellationQuestionAnswered = Event<
  'InterpellationQuestionAnswered',
  {
    interpellationId: string;
    questionId: string;
    /** The deputy who asked. */
    askedBy: string;
    /** The head of agency who answered, with his or her position. */
    answeredBy: Person;
    /** The agency the answer speaks for: what it promised is followed up with it. */
    agencyId: string;
    question: string;
    answer: string;
    askedOn: LocalDate;
  }
>;

/** The council's resolution after the interpellation (nghị quyết về chất vấn và trả lời chất vấn). */
export type InterpellationResolutionAdopted = Event<
  'InterpellationResolutionAdopted',
  {
    interpellationId: string;
    resolution: LegalBasis;
    summary: string;
  }
>;

export type InterpellationEvent =
  InterpellationHeld | InterpellationQuestionAnswered | InterpellationResolutionAdopted;
