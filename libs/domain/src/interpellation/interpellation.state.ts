import type { LocalDate, SourceStanding, Supervisor } from '../shared';

export type HeldInterpellation = Readonly<{
  status: 'held';
  interpellationId: string;
  heldOn: LocalDate;
  supervisor: Supervisor;
  /** question id → the day it was asked */
  questions: Readonly<Record<string, LocalDate>>;
  /** The day of the resolution after the session, once adopted. */
  resolvedOn?: LocalDate;
}>;

export type InterpellationState = Readonly<{ status: 'none' }> | HeldInterpellation;

export const initialInterpellationState: InterpellationState = { status: 'none' };

/**
 * What IssueRecommendation needs to know about the interpellation session an item comes from:
 * nothing comes before the session, and an item may name the question it follows from.
 */
export const interpellationStandingOf = (
  state: InterpellationState,
  interpellationId: string,
): SourceStanding =>
  state.status === 'none'
    ? { kind: 'interpellation', id: interpellationId, recorded: false, parts: {} }
    : {
        kind: 'interpellation',
        id: interpellationId,
        recorded: true,
        openedOn: state.heldOn,
        supervisor: state.supervisor,
        parts: state.questions,
      };
