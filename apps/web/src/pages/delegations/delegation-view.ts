/**
 * What GET /api/delegations and GET /api/delegations/:id answer, as far as these pages read
 * them. The API's OpenAPI document does not describe these answers yet (list items and the
 * case view are untyped), so the fields are named here, in the API's own spelling.
 */

import type { Supervisor } from './SupervisorFields';

export interface Person {
  readonly name: string;
  readonly position: string;
}

export interface AgencyRef {
  readonly id: string;
  /** null when the agency is not (or no longer) known by name. */
  readonly name: string | null;
}

export interface Indicator {
  readonly name: string;
  readonly period: string;
  readonly value?: number;
  readonly outOf?: number;
  readonly rank?: number;
  readonly rankOf?: number;
  readonly grade?: string;
}

export interface DelegationSummary {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  readonly legalBasis: {
    readonly number: string;
    readonly issuedOn: string;
    readonly issuedBy: string;
  };
  /** The body that supervises through it, at which level; a committee or deputy by name. */
  readonly supervisor: Supervisor;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly chair: Person;
  readonly status: 'established' | 'concluded' | string;
  readonly concludedOn: string | null;
}

export interface WorkingGroup {
  readonly id: string;
  readonly number: string;
  readonly leader: Person;
  readonly members: readonly Person[];
}

export interface Survey {
  readonly id: string;
  readonly workingGroupId: string | null;
  readonly date: string;
  readonly agencyIds: readonly string[];
  readonly agencies: readonly AgencyRef[];
  readonly topics: readonly string[];
  readonly chair: Person;
  readonly participants: readonly string[];
  readonly notes: string | null;
}

export interface Finding {
  readonly id: string;
  readonly surveyId: string | null;
  readonly agencyId: string;
  readonly agency: AgencyRef;
  readonly kind: 'achievement' | 'limitation' | 'obstacle' | string;
  readonly statement: string;
  readonly indicators: readonly Indicator[];
  readonly obstacleId: string | null;
  readonly recordedOn: string;
}

export interface DelegationObstacle {
  readonly id: string;
  readonly statement: string;
  readonly status: string;
  readonly sourceAgency: AgencyRef;
}

export interface DelegationRecommendation {
  readonly id: string;
  readonly text: string;
  readonly status: string;
  readonly addresseeAgency: AgencyRef;
  readonly responseDueOn: string;
}

export interface DelegationView extends DelegationSummary {
  readonly members: readonly Person[];
  readonly summary: string | null;
  readonly workingGroups: readonly WorkingGroup[];
  readonly surveys: readonly Survey[];
  readonly findings: readonly Finding[];
  readonly obstacles: readonly DelegationObstacle[];
  readonly recommendations: readonly DelegationRecommendation[];
  /** Whether its results are on the public page now, since when and on what basis. */
  readonly publication?: { readonly publishedOn: string; readonly basis: string } | null;
  /** The stream revision this view shows: sent back as If-Match by every form. */
  readonly revision: number;
}

/** The delegation's states, each with its catalogue key. */
export const DELEGATION_STATUS = {
  established: 'delegations.status.established',
  concluded: 'delegations.status.concluded',
} as const;

export const delegationStatusLabel = (status: string) =>
  DELEGATION_STATUS[status as keyof typeof DELEGATION_STATUS] as
    (typeof DELEGATION_STATUS)[keyof typeof DELEGATION_STATUS] | undefined;

/** The kinds of finding, each with its catalogue key (the council's words, docs/console.md). */
export const FINDING_KINDS = {
  achievement: 'delegations.findingKind.achievement',
  limitation: 'delegations.findingKind.limitation',
  obstacle: 'delegations.findingKind.obstacle',
} as const;

export type FindingKind = keyof typeof FINDING_KINDS;

export const findingKindLabel = (kind: string) =>
  FINDING_KINDS[kind as FindingKind] as (typeof FINDING_KINDS)[FindingKind] | undefined;

/** An obstacle's states as the register names them, each with its catalogue key. */
export const OBSTACLE_STATUS = {
  recorded: 'delegations.obstacleStatus.recorded',
  merged: 'delegations.obstacleStatus.merged',
  assigned: 'delegations.obstacleStatus.assigned',
  referred: 'delegations.obstacleStatus.referred',
  resolved: 'delegations.obstacleStatus.resolved',
} as const;

export const obstacleStatusLabel = (status: string) =>
  OBSTACLE_STATUS[status as keyof typeof OBSTACLE_STATUS] as
    (typeof OBSTACLE_STATUS)[keyof typeof OBSTACLE_STATUS] | undefined;

/** An agency by its full name, or its id when its name is not known. */
export const agencyName = (agency: AgencyRef): string => agency.name ?? agency.id;
