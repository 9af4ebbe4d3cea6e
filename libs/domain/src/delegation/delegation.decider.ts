import type { Decider } from '../shared';
import type { DelegationCommand } from './delegation.commands';
import { decideDelegation } from './delegation.decide';
import type { DelegationEvent } from './delegation.events';
import { evolveDelegation } from './delegation.evolve';
import { initialDelegationState, type DelegationState } from './delegation.state';

export const delegationDecider: Decider<DelegationCommand, DelegationEvent, DelegationState> = {
  decide: decideDelegation,
  evolve: evolveDelegation,
  initialState: initialDelegationState,
};
