import {
  COUNCIL_LEVELS,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type SupervisingBody,
} from '../delegations/supervisor-bodies';
import { SOURCE_KINDS, type SourceKind } from '../tracker/source-kinds';

/*
 * What GET /api/dashboard answers, as this page reads it, and the addresses its figures lead
 * to: every figure is a link to the list behind it, with the dashboard's filters carried over
 * where that list has them.
 */

/** Issued, closed, and open at the month's end (`month` is YYYY-MM). */
export interface MonthFigures {
  readonly month: string;
  readonly issued: number;
  readonly closed: number;
  readonly openAtEnd: number;
}

export interface DashboardAgency {
  readonly agencyId: string;
  readonly name: string;
  readonly received: number;
  readonly open: number;
  readonly overdue: number;
  readonly respondedOnTime: number;
  readonly late: number;
  readonly onTimeRate: number | null;
}

export interface DashboardView {
  readonly asOf: string;
  readonly recommendations: {
    readonly total: number;
    readonly byStatus: Readonly<Record<string, number>>;
    readonly overdue: number;
    readonly implementedShareOfDue: number | null;
    readonly byMonth: readonly MonthFigures[];
  };
  readonly obstacles: { readonly open: number; readonly resolved: number; readonly merged: number };
  readonly agencies: readonly DashboardAgency[];
}

/** The dashboard's filters, kept in its address. */
export interface DashboardFilters {
  readonly delegationId?: string;
  readonly agencyId?: string;
  /** Issued on or after, YYYY-MM-DD. */
  readonly from?: string;
  /** Issued on or before, YYYY-MM-DD. */
  readonly to?: string;
  /** Only items from this kind of source: a delegation, an explanation session… */
  readonly sourceKind?: SourceKind;
  /** Only items followed up in this body's name. */
  readonly supervisingBody?: SupervisingBody;
  /** Only items of councils at this level. */
  readonly level?: CouncilLevel;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_NAMES = [
  'delegationId',
  'agencyId',
  'from',
  'to',
  'sourceKind',
  'supervisingBody',
  'level',
] as const;

/** The values a filter may take, where the API knows only some: any other would be refused. */
const CHOICES: Partial<Record<(typeof FILTER_NAMES)[number], readonly string[]>> = {
  sourceKind: SOURCE_KINDS,
  supervisingBody: SUPERVISING_BODIES,
  level: COUNCIL_LEVELS,
};

/**
 * The filters an address holds; a malformed date or an unknown choice (an old bookmark, a
 * typo) is dropped rather than sent, so the page shows the figures instead of the API's 400.
 */
export const filtersFrom = (search: URLSearchParams): DashboardFilters => {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (!value) continue;
    if ((name === 'from' || name === 'to') && !LOCAL_DATE.test(value)) continue;
    if (CHOICES[name] && !CHOICES[name].includes(value)) continue;
    filters[name] = value;
  }
  return filters;
};

/** The address of a set of filters: only those given. */
export const searchOf = (filters: DashboardFilters): URLSearchParams => {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) search.set(name, value);
  }
  return search;
};

/**
 * The tracker list behind a figure: its own filter (a status, overdue, an agency) with the
 * dashboard's delegation, agency, source, body and level, which the tracker's filters name
 * alike. The tracker has no period filter, so the period is not carried: the list may hold more
 * than the figure counts.
 */
export const trackerLink = (
  filters: DashboardFilters,
  figure: { status?: string; overdue?: boolean; agencyId?: string } = {},
): string => {
  const search = new URLSearchParams();
  if (figure.status) search.set('status', figure.status);
  const agencyId = figure.agencyId ?? filters.agencyId;
  if (agencyId) search.set('agencyId', agencyId);
  if (filters.delegationId) search.set('delegationId', filters.delegationId);
  for (const name of ['sourceKind', 'supervisingBody', 'level'] as const) {
    const value = filters[name];
    if (value) search.set(name, value);
  }
  if (figure.overdue) search.set('overdue', 'true');
  const query = search.toString();
  return `/recommendations${query ? `?${query}` : ''}`;
};

/** The obstacle register behind the obstacle figures, with the same delegation and agency. */
export const obstaclesLink = (filters: DashboardFilters): string => {
  const search = new URLSearchParams();
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  if (filters.delegationId) search.set('delegationId', filters.delegationId);
  const query = search.toString();
  return `/obstacles${query ? `?${query}` : ''}`;
};

/** A share (0–1) as a whole percent, or null when there is nothing to share. */
export const percentOf = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;
