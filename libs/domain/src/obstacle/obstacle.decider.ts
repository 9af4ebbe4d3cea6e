import type { Decider } from '../shared';
import type { ObstacleCommand } from './obstacle.commands';
import { decideObstacle } from './obstacle.decide';
import type { ObstacleEvent } from './obstacle.events';
import { evolveObstacle } from './obstacle.evolve';
import { initialObstacleState, type ObstacleState } from './obstacle.state';

export const obstacleDecider: Decider<ObstacleCommand, ObstacleEvent, ObstacleState> = {
  decide: decideObstacle,
  evolve: evolveObstacle,
  initialState: initialObstacleState,
};
