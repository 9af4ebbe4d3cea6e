import { assertNever } from '../shared';
import type { InterpellationEvent } from './interpellation.events';
import type { InterpellationState } from './interpellation.state';

export const evolveInterpellation = (
  state: InterpellationState,
  event: InterpellationEvent,
): InterpellationState => {
  switch (event.type) {
    case 'InterpellationHeld': {
      const { interpellationId, heldOn, supervisor } = event.data;
      return { status: 'held', interpellationId, heldOn, supervisor, questions: {} };
    }
    case 'InterpellationQuestionAnswered':
      if (state.status === 'none') return state;
      return {
        ...state,
        questions: { ...state.questions, [event.data.questionId]: event.data.askedOn },
      };
    case 'InterpellationResolutionAdopted':
      if (state.status === 'none') return state;
      return { ...state, resolvedOn: event.data.resolution.issuedOn };
    default:
      return assertNever(event);
  }
};
