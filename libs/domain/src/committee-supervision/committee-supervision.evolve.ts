import { assertNever } from '../shared';
import type { CommitteeSupervisionEvent } from './committee-supervision.events';
import type { CommitteeSupervisionState } from './committee-supervision.state';

export const evolveCommitteeSupervision = (
  state: CommitteeSupervisionState,
  event: CommitteeSupervisionEvent,
): CommitteeSupervisionState => {
  switch (event.type) {
    case 'CommitteeSupervisionStarted': {
      const { committeeSupervisionId, startedOn, supervisor } = event.data;
      return { status: 'started', committeeSupervisionId, startedOn, supervisor };
    }
    case 'CommitteeSupervisionConcluded':
      if (state.status === 'none') return state;
      return { ...state, status: 'concluded', concludedOn: event.data.concludedOn };
    default:
      return assertNever(event);
  }
};
