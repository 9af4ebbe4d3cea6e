import type { Decider } from '../shared';
import type { CommitteeSupervisionCommand } from './committee-supervision.commands';
import { decideCommitteeSupervision } from './committee-supervision.decide';
import type { CommitteeSupervisionEvent } from './committee-supervision.events';
import { evolveCommitteeSupervision } from './committee-supervision.evolve';
import {
  initialCommitteeSupervisionState,
  type CommitteeSupervisionState,
} from './committee-supervision.state';

export const committeeSupervisionDecider: Decider<
  CommitteeSupervisionCommand,
  CommitteeSupervisionEvent,
  CommitteeSupervisionState
> = {
  decide: decideCommitteeSupervision,
  evolve: evolveCommitteeSupervision,
  initialState: initialCommitteeSupervisionState,
};
