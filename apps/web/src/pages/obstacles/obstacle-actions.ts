import { can, type ActionName } from '../../shell/actions';
import type { Role } from '../../shell/roles';
import type { ObstacleStatus } from './obstacle';

/** What can be done to an obstacle, in the order the page offers it. */
export const OBSTACLE_ACTIONS = ['assign', 'refer', 'merge', 'resolve'] as const;
export type ObstacleAction = (typeof OBSTACLE_ACTIONS)[number];

/** The API command each action sends (shell/actions.ts says who may send it). */
export const ACTION_COMMANDS = {
  assign: 'assignObstacle',
  refer: 'referObstacle',
  merge: 'mergeObstacles',
  resolve: 'resolveObstacle',
} as const satisfies Record<ObstacleAction, ActionName>;

/**
 * Whether work on an obstacle can go on: the domain refuses every step on one merged into
 * another (work goes on there) or already resolved (tháo gỡ).
 */
export const isOpen = (status: ObstacleStatus): boolean =>
  status === 'recorded' || status === 'assigned' || status === 'referred';

/**
 * The actions the page offers a role on an obstacle in this state: only those the API lets
 * the role send, and only while the obstacle is open. An assigned or referred obstacle can be
 * assigned or referred again (the competent body may change), merged or resolved.
 */
export const obstacleActions = (
  role: Role | undefined,
  status: ObstacleStatus,
): ObstacleAction[] =>
  isOpen(status) ? OBSTACLE_ACTIONS.filter((action) => can(role, ACTION_COMMANDS[action])) : [];
