import type { Event, LocalDate, Supervisor } from '../shared';

/**
 * Supervision by the council's Standing Committee or one of its committees (Ban) on its own,
 * outside a delegation: examining an agency's report, a field visit, a thematic review.
 */
export type CommitteeSupervisionStarted = Event<
  'CommitteeSupervisionStarted',
  {
    committeeSupervisionId: string;
    /** What is supervised, e.g. "Việc giải quyết hồ sơ đất đai quá hạn". */
    topic: string;
    /** The Standing Committee, or a committee by name; at the council's level. */
    supervisor: Supervisor;
    startedOn: LocalDate;
  }
>;

/** Its conclusion: what was found and what is asked (the items follow it). */
export type CommitteeSupervisionConcluded = Event<
  'CommitteeSupervisionConcluded',
  {
    committeeSupervisionId: string;
    conclusion: string;
    concludedOn: LocalDate;
  }
>;

export type CommitteeSupervisionEvent = CommitteeSupervisionStarted | CommitteeSupervisionConcluded;
