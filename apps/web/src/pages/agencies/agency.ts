/**
 * What GET /api/agencies and GET /api/agencies/{id} answer, as far as these pages read it (the
 * API's document does not describe them yet), by the API's own spelling.
 */

export const AGENCY_LEVELS = [
  'central',
  'province',
  'district',
  'commune',
  'department',
  'other',
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const isAgencyLevel = (value: unknown): value is AgencyLevel =>
  AGENCY_LEVELS.includes(value as AgencyLevel);

export const LEVEL_LABELS = {
  central: 'agencies.level.central',
  province: 'agencies.level.province',
  district: 'agencies.level.district',
  commune: 'agencies.level.commune',
  department: 'agencies.level.department',
  other: 'agencies.level.other',
} as const satisfies Record<AgencyLevel, `agencies.level.${AgencyLevel}`>;

export interface AgencyView {
  readonly id: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly parentId: string | null;
  readonly registeredOn: string;
  readonly succession: {
    readonly successorId: string;
    readonly effectiveOn: string;
    readonly basis: string;
  } | null;
}

export interface AgencyRef {
  readonly id: string;
  readonly name: string | null;
}

/** How an agency answers the council (the API's scorecard). */
export interface Scorecard {
  readonly received: number;
  readonly passedIn: number;
  readonly passedOn: number;
  readonly respondedOnTime: number;
  readonly late: number;
  readonly open: number;
  readonly meanDaysToRespond: number | null;
  /** 0 to 1; null while no deadline has fallen. */
  readonly onTimeRate: number | null;
}

export interface AgencyDetail extends AgencyView {
  readonly parent: AgencyRef | null;
  readonly successor: AgencyRef | null;
  readonly predecessors: readonly {
    readonly id: string;
    readonly name: string;
    readonly effectiveOn: string;
    readonly basis: string;
  }[];
  readonly scorecard: Scorecard;
  /** The revision to send back as If-Match on its succession. */
  readonly revision: number;
}

/** A recommendation addressed to the agency, as the tracker list gives it. */
export interface AgencyCase {
  readonly id: string;
  readonly text: string;
  readonly status: string;
  readonly overdue: boolean;
  readonly responseDueOn: string;
  readonly addresseeAgencies: { readonly original: AgencyRef; readonly current: AgencyRef };
}
