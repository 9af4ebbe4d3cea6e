import type { Decider } from '../shared';
import type { InterpellationCommand } from './interpellation.commands';
import { decideInterpellation } from './interpellation.decide';
import type { InterpellationEvent } from './interpellation.events';
import { evolveInterpellation } from './interpellation.evolve';
import { initialInterpellationState, type InterpellationState } from './interpellation.state';

export const interpellationDecider: Decider<
  InterpellationCommand,
  InterpellationEvent,
  InterpellationState
> = {
  decide: decideInterpellation,
  evolve: evolveInterpellation,
  initialState: initialInterpellationState,
};
