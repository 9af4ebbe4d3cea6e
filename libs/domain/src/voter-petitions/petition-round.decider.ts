import type { Decider } from '../shared';
import type { PetitionRoundCommand } from './petition-round.commands';
import { decidePetitionRound } from './petition-round.decide';
import type { PetitionRoundEvent } from './petition-round.events';
import { evolvePetitionRound } from './petition-round.evolve';
import { initialPetitionRoundState, type PetitionRoundState } from './petition-round.state';

export const petitionRoundDecider: Decider<
  PetitionRoundCommand,
  PetitionRoundEvent,
  PetitionRoundState
> = {
  decide: decidePetitionRound,
  evolve: evolvePetitionRound,
  initialState: initialPetitionRoundState,
};
