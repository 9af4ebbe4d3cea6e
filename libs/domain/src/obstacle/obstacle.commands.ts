import type { AgencyStanding } from '../agency';
import type { Command, Evidence, LocalDate, RecordedToday } from '../shared';
import type { Competence, ObstacleRecorded } from './obstacle.events';

/** A command to one obstacle: its data names the obstacle. */
type ToObstacle<T extends string, D> = Command<T, D & { obstacleId: string }>;

/** Issued by the application when a finding of kind "obstacle" is recorded. */
export type RecordObstacle = Command<'RecordObstacle', ObstacleRecorded['data']>;

export type AssignObstacle = ToObstacle<
  'AssignObstacle',
  { agencyId: string; competence: Competence; assignedOn: LocalDate }
> &
  Readonly<{ agency: AgencyStanding }>;

export type ReferObstacle = ToObstacle<
  'ReferObstacle',
  { toAgencyId: string; competence: Competence; referredOn: LocalDate; note: string }
> &
  Readonly<{ agency: AgencyStanding }>;

/** What the merge needs to know of the obstacle it merges into. */
export type ObstacleStanding = Readonly<{ obstacleId: string; exists: boolean; open: boolean }>;

export type MergeObstacles = ToObstacle<
  'MergeObstacles',
  { intoObstacleId: string; mergedOn: LocalDate }
> &
  Readonly<{ target: ObstacleStanding }>;

export type ResolveObstacle = ToObstacle<
  'ResolveObstacle',
  { resolvedOn: LocalDate; resolution: string; evidence?: readonly Evidence[] }
>;

export type TransferObstacle = ToObstacle<
  'TransferObstacle',
  { fromAgencyId: string; toAgencyId: string; effectiveOn: LocalDate; basis: string }
>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type ObstacleCommand = (
  | RecordObstacle
  | AssignObstacle
  | ReferObstacle
  | MergeObstacles
  | ResolveObstacle
  | TransferObstacle
) &
  RecordedToday;
