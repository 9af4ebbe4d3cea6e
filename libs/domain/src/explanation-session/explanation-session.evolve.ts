import { assertNever } from '../shared';
import type { ExplanationSessionEvent } from './explanation-session.events';
import type { ExplanationSessionState } from './explanation-session.state';

export const evolveExplanationSession = (
  state: ExplanationSessionState,
  event: ExplanationSessionEvent,
): ExplanationSessionState => {
  switch (event.type) {
    case 'ExplanationSessionHeld': {
      const { explanationSessionId, heldOn, supervisor } = event.data;
      return { status: 'held', explanationSessionId, heldOn, supervisor };
    }
    case 'ExplanationConclusionRecorded':
      if (state.status === 'none') return state;
      return { ...state, concludedOn: event.data.concludedOn };
    default:
      return assertNever(event);
  }
};
