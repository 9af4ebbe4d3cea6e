import type { ObstacleEvent } from '@hdnd/domain';

/** The business date an obstacle event carries: the day it happened, not when it was recorded. */
export const businessDateOfObstacleEvent = (event: ObstacleEvent): string => {
  switch (event.type) {
    case 'ObstacleRecorded':
      return event.data.recordedOn;
    case 'ObstacleAssigned':
      return event.data.assignedOn;
    case 'ObstacleReferred':
      return event.data.referredOn;
    case 'ObstacleMerged':
      return event.data.mergedOn;
    case 'ObstacleResolved':
      return event.data.resolvedOn;
    case 'ObstacleTransferred':
      return event.data.effectiveOn;
  }
};

/** The event's own fields but the obstacle's id: what the clerk wrote, kept whole. */
export const detailsOfObstacleEvent = (event: ObstacleEvent): Record<string, unknown> => {
  const { obstacleId: _, ...details } = event.data as { obstacleId: string };
  return details;
};
