import { assertNever } from '../shared';
import type { PetitionRoundEvent } from './petition-round.events';
import type { PetitionRoundState } from './petition-round.state';

export const evolvePetitionRound = (
  state: PetitionRoundState,
  event: PetitionRoundEvent,
): PetitionRoundState => {
  switch (event.type) {
    case 'PetitionRoundOpened': {
      const { petitionRoundId, forwardedOn, answerDueOn, supervisor } = event.data;
      return {
        status: 'opened',
        petitionRoundId,
        forwardedOn,
        answerDueOn,
        supervisor,
        petitions: {},
      };
    }
    case 'PetitionsRecorded': {
      if (state.status === 'none') return state;
      const petitions = { ...state.petitions };
      for (const petition of event.data.petitions) petitions[petition.petitionId] = petition;
      return { ...state, petitions };
    }
    default:
      return assertNever(event);
  }
};
