import { assertNever } from '../shared';
import type { AgencyEvent } from './agency.events';
import type { AgencyState } from './agency.state';

export const evolveAgency = (state: AgencyState, event: AgencyEvent): AgencyState => {
  switch (event.type) {
    case 'AgencyRegistered':
      return { status: 'active', ...event.data };
    case 'AgencySuccessionRecorded':
      if (state.status === 'unregistered') return state;
      return {
        ...state,
        status: 'succeeded',
        succession: {
          successorId: event.data.successorId,
          effectiveOn: event.data.effectiveOn,
          basis: event.data.basis,
        },
      };
    default:
      return assertNever(event);
  }
};
