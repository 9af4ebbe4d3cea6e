import type { Event, LocalDate, Supervisor } from '../shared';

/**
 * An explanation session (phiên giải trình) held by the council's Standing Committee or one of
 * its committees: the head of an agency explains, before them, an issue the council supervises.
 */
export type ExplanationSessionHeld = Event<
  'ExplanationSessionHeld',
  {
    explanationSessionId: string;
    /** The matter explained, e.g. "Tiến độ giải ngân vốn đầu tư công năm 2024". */
    issue: string;
    /** The agency whose head explains: what the conclusion asks is followed up with it. */
    agencyId: string;
    heldOn: LocalDate;
    /** The Standing Committee or the committee (Ban) that holds it. */
    supervisor: Supervisor;
  }
>;

/** The conclusion the session ends with: what the agency must do, and by when. */
export type ExplanationConclusionRecorded = Event<
  'ExplanationConclusionRecorded',
  {
    explanationSessionId: string;
    conclusion: string;
    concludedOn: LocalDate;
  }
>;

export type ExplanationSessionEvent = ExplanationSessionHeld | ExplanationConclusionRecorded;
