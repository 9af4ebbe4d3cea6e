import type { Decider } from '../shared';
import type { AgencyCommand } from './agency.commands';
import { decideAgency } from './agency.decide';
import type { AgencyEvent } from './agency.events';
import { evolveAgency } from './agency.evolve';
import { initialAgencyState, type AgencyState } from './agency.state';

export const agencyDecider: Decider<AgencyCommand, AgencyEvent, AgencyState> = {
  decide: decideAgency,
  evolve: evolveAgency,
  initialState: initialAgencyState,
};
