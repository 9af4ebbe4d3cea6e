import type { Event, Evidence, LocalDate } from '../shared';

/** Who can resolve it: the commune, the province, or the central government. */
export type Competence = 'commune' | 'province' | 'central';

export type ObstacleRecorded = Event<
  'ObstacleRecorded',
  {
    obstacleId: string;
    delegationId: string;
    findingId: string;
    surveyId?: string;
    sourceAgencyId: string;
    statement: string;
    recordedOn: LocalDate;
  }
>;

export type ObstacleAssigned = Event<
  'ObstacleAssigned',
  {
    obstacleId: string;
    agencyId: string;
    competence: Competence;
    assignedOn: LocalDate;
  }
>;

export type ObstacleReferred = Event<
  'ObstacleReferred',
  {
    obstacleId: string;
    toAgencyId: string;
    competence: Competence;
    referredOn: LocalDate;
    note: string;
  }
>;

/** The same obstacle was reported by several units: this one is folded into `intoObstacleId`. */
export type ObstacleMerged = Event<
  'ObstacleMerged',
  { obstacleId: string; intoObstacleId: string; mergedOn: LocalDate }
>;

export type ObstacleResolved = Event<
  'ObstacleResolved',
  {
    obstacleId: string;
    resolvedOn: LocalDate;
    resolution: string;
    evidence: readonly Evidence[];
  }
>;

export type ObstacleTransferred = Event<
  'ObstacleTransferred',
  {
    obstacleId: string;
    fromAgencyId: string;
    toAgencyId: string;
    effectiveOn: LocalDate;
    basis: string;
  }
>;

export type ObstacleEvent =
  | ObstacleRecorded
  | ObstacleAssigned
  | ObstacleReferred
  | ObstacleMerged
  | ObstacleResolved
  | ObstacleTransferred;
