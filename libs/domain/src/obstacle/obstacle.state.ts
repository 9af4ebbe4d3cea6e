import type { LocalDate } from '../shared';
import type { Competence } from './obstacle.events';

export type ObstacleStatus = 'recorded' | 'assigned' | 'referred' | 'merged' | 'resolved';

export type RecordedObstacle = Readonly<{
  status: ObstacleStatus;
  obstacleId: string;
  sourceAgencyId: string;
  recordedOn: LocalDate;
  /** The last assignment or referral: the next step cannot be dated before it. */
  lastStepOn?: LocalDate;
  responsibleAgencyId?: string;
  competence?: Competence;
  mergedInto?: string;
  /** The effective date of the last handover to a successor (ObstacleTransferred). */
  handedOverOn?: LocalDate;
}>;

export type ObstacleState = Readonly<{ status: 'none' }> | RecordedObstacle;

export const initialObstacleState: ObstacleState = { status: 'none' };

export const isObstacleOpen = (state: ObstacleState): boolean =>
  state.status !== 'none' && state.status !== 'merged' && state.status !== 'resolved';

export const obstacleStandingOf = (state: ObstacleState, obstacleId: string) => ({
  obstacleId,
  exists: state.status !== 'none',
  open: isObstacleOpen(state),
});
