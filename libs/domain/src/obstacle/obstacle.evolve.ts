import { assertNever } from '../shared';
import type { ObstacleEvent } from './obstacle.events';
import type { ObstacleState } from './obstacle.state';

export const evolveObstacle = (state: ObstacleState, event: ObstacleEvent): ObstacleState => {
  if (event.type === 'ObstacleRecorded') {
    const { obstacleId, sourceAgencyId, recordedOn } = event.data;
    return { status: 'recorded', obstacleId, sourceAgencyId, recordedOn };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ObstacleAssigned':
      return {
        ...state,
        status: 'assigned',
        lastStepOn: event.data.assignedOn,
        responsibleAgencyId: event.data.agencyId,
        competence: event.data.competence,
      };
    case 'ObstacleReferred':
      return {
        ...state,
        status: 'referred',
        lastStepOn: event.data.referredOn,
        responsibleAgencyId: event.data.toAgencyId,
        competence: event.data.competence,
      };
    case 'ObstacleMerged':
      return { ...state, status: 'merged', mergedInto: event.data.intoObstacleId };
    case 'ObstacleResolved':
      return { ...state, status: 'resolved' };
    case 'ObstacleTransferred':
      return {
        ...state,
        responsibleAgencyId: event.data.toAgencyId,
        handedOverOn: event.data.effectiveOn,
      };
    default:
      return assertNever(event);
  }
};
