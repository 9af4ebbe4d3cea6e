import {
  date,
  EVIDENCE,
  listOf,
  named,
  oneOf,
  optional,
  string,
  type Shape,
} from '../shared/data-shape';
import type { ObstacleCommand } from './obstacle.commands';

const COMPETENCE = oneOf(['commune', 'province', 'central']);

/** The fields each obstacle command must carry; every code starts with `obstacle.`. */
export const OBSTACLE_SHAPES: Readonly<
  Record<ObstacleCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  RecordObstacle: {
    subject: 'obstacle',
    shape: {
      obstacleId: string(),
      delegationId: string(),
      findingId: string(),
      surveyId: optional(string()),
      sourceAgencyId: string(),
      statement: string(),
      recordedOn: date(),
    },
  },
  AssignObstacle: {
    subject: 'obstacle',
    shape: {
      obstacleId: string(),
      agencyId: string(),
      competence: COMPETENCE,
      assignedOn: date(),
    },
  },
  ReferObstacle: {
    subject: 'obstacle',
    shape: {
      obstacleId: string(),
      toAgencyId: string(),
      competence: COMPETENCE,
      referredOn: date(),
      note: named('referral-note', string()),
    },
  },
  MergeObstacles: {
    subject: 'obstacle',
    shape: {
      obstacleId: string(),
      intoObstacleId: named('merge-target', string()),
      mergedOn: date(),
    },
  },
  ResolveObstacle: {
    subject: 'obstacle',
    shape: {
      obstacleId: string(),
      resolvedOn: date(),
      resolution: string(),
      evidence: optional(listOf(EVIDENCE)),
    },
  },
  TransferObstacle: {
    subject: 'obstacle',
    shape: {
      obstacleId: string(),
      fromAgencyId: string(),
      toAgencyId: string(),
      effectiveOn: date(),
      basis: string(),
    },
  },
};
