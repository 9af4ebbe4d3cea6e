import { date, listOf, object, string, SUPERVISOR, type Shape } from '../shared/data-shape';
import type { PetitionRoundCommand } from './petition-round.commands';

/**
 * The fields each command to a round must carry, and the word its rule codes start with
 * (`petition.petitions-invalid`). What the decider accepts, the projection can store.
 */
export const PETITION_ROUND_SHAPES: Readonly<
  Record<PetitionRoundCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  OpenPetitionRound: {
    subject: 'petition-round',
    shape: {
      petitionRoundId: string(),
      title: string(),
      meeting: string(),
      forwardedOn: date(),
      answerDueOn: date(),
      supervisor: SUPERVISOR,
    },
  },
  RecordPetitions: {
    subject: 'petition',
    shape: {
      petitionRoundId: string(),
      petitions: listOf(
        object({ petitionId: string(), text: string(), voters: string(), agencyId: string() }),
      ),
    },
  },
};
