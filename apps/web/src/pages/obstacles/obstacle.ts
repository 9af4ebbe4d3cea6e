/**
 * What GET /api/obstacles and GET /api/obstacles/{id} answer, as far as these pages read it.
 * The API's OpenAPI document does not describe list items or case views yet, so the fields are
 * named here, by the API's own spelling.
 */

export const OBSTACLE_STATUSES = [
  'recorded',
  'assigned',
  'referred',
  'merged',
  'resolved',
] as const;
export type ObstacleStatus = (typeof OBSTACLE_STATUSES)[number];

export const COMPETENCES = ['commune', 'province', 'central'] as const;
export type Competence = (typeof COMPETENCES)[number];

export interface AgencyRef {
  readonly id: string;
  /** Null for an id the read model does not know. */
  readonly name: string | null;
}

export interface Evidence {
  readonly title: string;
  readonly reference: string;
}

export interface ObstacleView {
  readonly id: string;
  readonly delegationId: string;
  readonly findingId: string;
  readonly sourceAgency: AgencyRef;
  readonly statement: string;
  readonly recordedOn: string;
  readonly status: ObstacleStatus;
  readonly responsibleAgency: AgencyRef | null;
  readonly competence: Competence | null;
  readonly referral: {
    readonly toAgency: AgencyRef;
    readonly competence: Competence | null;
    readonly referredOn: string;
    readonly reason: string;
  } | null;
  readonly mergedInto: string | null;
  readonly mergedFrom: readonly string[];
  readonly resolution: {
    readonly resolvedOn: string;
    readonly text: string;
    readonly evidence: readonly Evidence[];
  } | null;
}

/** One step of an obstacle's history: the event's own fields, agencies by name. */
export interface ObstacleHistoryEntry {
  readonly at: string;
  readonly type: string;
  /** The business date the step carries. */
  readonly on: string;
  readonly actor: { readonly username: string; readonly displayName?: string };
  readonly agency?: AgencyRef;
  readonly sourceAgency?: AgencyRef;
  readonly fromAgency?: AgencyRef;
  readonly toAgency?: AgencyRef;
  readonly competence?: string;
  readonly note?: string;
  readonly statement?: string;
  readonly resolution?: string;
  readonly intoObstacleId?: string;
  readonly basis?: string;
  readonly evidence?: readonly Evidence[];
}

export interface ObstacleDetail extends ObstacleView {
  readonly history: readonly ObstacleHistoryEntry[];
  /** The revision to send back as If-Match. */
  readonly revision: number;
}

/** Each status with its catalogue key. */
export const STATUS_LABELS = {
  recorded: 'obstacles.status.recorded',
  assigned: 'obstacles.status.assigned',
  referred: 'obstacles.status.referred',
  merged: 'obstacles.status.merged',
  resolved: 'obstacles.status.resolved',
} as const satisfies Record<ObstacleStatus, `obstacles.status.${ObstacleStatus}`>;

/** The (outline) badge colour of each status: dark enough for text on white (WCAG AA). */
export const STATUS_COLOURS: Readonly<Record<ObstacleStatus, string>> = {
  // Mantine's orange.9 and green.9 are below 4.5:1 on white in a badge's small type.
  recorded: '#a63c06',
  assigned: '#1864ab',
  referred: '#5f3dc4',
  merged: '#495057',
  resolved: '#2b6e35',
};

export const COMPETENCE_LABELS = {
  commune: 'obstacles.competence.commune',
  province: 'obstacles.competence.province',
  central: 'obstacles.competence.central',
} as const satisfies Record<Competence, `obstacles.competence.${Competence}`>;

export const isCompetence = (value: unknown): value is Competence =>
  COMPETENCES.includes(value as Competence);

/** An agency's name, or its id when the register does not know it. */
export const agencyName = (agency: AgencyRef | null | undefined): string =>
  agency ? (agency.name ?? agency.id) : '';
