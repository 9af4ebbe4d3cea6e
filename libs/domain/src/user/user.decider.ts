import type { Decider } from '../shared';
import type { UserCommand } from './user.commands';
import { decideUser } from './user.decide';
import type { UserEvent } from './user.events';
import { evolveUser } from './user.evolve';
import { initialUserState, type UserState } from './user.state';

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
};
