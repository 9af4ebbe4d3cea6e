import type { LocalDate, SourceStanding, Supervisor } from '../shared';

export type HeldExplanationSession = Readonly<{
  status: 'held';
  explanationSessionId: string;
  heldOn: LocalDate;
  supervisor: Supervisor;
  /** The day of the conclusion, once recorded. */
  concludedOn?: LocalDate;
}>;

export type ExplanationSessionState = Readonly<{ status: 'none' }> | HeldExplanationSession;

export const initialExplanationSessionState: ExplanationSessionState = { status: 'none' };

/**
 * The one part of an explanation session an item can name. A session has a single conclusion,
 * and it is the conclusion that says what the agency must do; so every item from a session
 * names it, and none can be issued before it is on record, nor dated before it.
 */
export const EXPLANATION_CONCLUSION_PART = 'conclusion';

/**
 * What IssueRecommendation needs to know about the explanation session an item comes from:
 * nothing comes before the session, and the conclusion is a part only once it is recorded.
 */
export const explanationSessionStandingOf = (
  state: ExplanationSessionState,
  explanationSessionId: string,
): SourceStanding =>
  state.status === 'none'
    ? { kind: 'explanation-session', id: explanationSessionId, recorded: false, parts: {} }
    : {
        kind: 'explanation-session',
        id: explanationSessionId,
        recorded: true,
        openedOn: state.heldOn,
        supervisor: state.supervisor,
        parts:
          state.concludedOn === undefined
            ? {}
            : { [EXPLANATION_CONCLUSION_PART]: state.concludedOn },
      };
