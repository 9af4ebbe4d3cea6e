import type { Evidence, LocalDate } from '../shared';

/** Who can resolve it: the commune, the province, or the central government. */
export type Competence = 'commune' | 'province' | 'central';

export type ObstacleRecorded = Readonly<{
  type: 'ObstacleRecorded';
  data: Readonly<{
    obstacleId: string;
    delegationId: string;
    findingId: string;
    surveyId?: string;
    sourceAgencyId: string;
    statement: string;
    recordedOn: LocalDate;
  }>;
}>;

export type ObstacleAssigned = Readonly<{
  type: 'ObstacleAssigned';
  data: Readonly<{
    obstacleId: string;
    agencyId: string;
    competence: Competence;
    assignedOn: LocalDate;
  }>;
}>;

export type ObstacleReferred = Readonly<{
  type: 'ObstacleReferred';
  data: Readonly<{
    obstacleId: string;
    toAgencyId: string;
    competence: Competence;
    referredOn: LocalDate;
    note: string;
  }>;
}>;

/** The same obstacle was reported by several units: this one is folded into `intoObstacleId`. */
export type ObstacleMerged = Readonly<{
  type: 'ObstacleMerged';
  data: Readonly<{ obstacleId: string; intoObstacleId: string; mergedOn: LocalDate }>;
}>;

export type ObstacleResolved = Readonly<{
  type: 'ObstacleResolved';
  data: Readonly<{
    obstacleId: string;
    resolvedOn: LocalDate;
    resolution: string;
    evidence: readonly Evidence[];
  }>;
}>;

export type ObstacleTransferred = Readonly<{
  type: 'ObstacleTransferred';
  data: Readonly<{
    obstacleId: string;
    fromAgencyId: string;
    toAgencyId: string;
    effectiveOn: LocalDate;
    basis: string;
  }>;
}>;

export type ObstacleEvent =
  | ObstacleRecorded
  | ObstacleAssigned
  | ObstacleReferred
  | ObstacleMerged
  | ObstacleResolved
  | ObstacleTransferred;
