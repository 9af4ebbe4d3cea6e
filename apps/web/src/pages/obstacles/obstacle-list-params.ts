import { OBSTACLE_STATUSES, type ObstacleStatus } from './obstacle';

/*
 * The obstacle list's filters live in the page's address (?status=…&agencyId=…&q=…&page=…), so
 * a filtered list can be bookmarked, shared and returned to with Back. Only what the API would
 * take is read from the address: a hand-edited link gives the plain list, never a 400.
 */

/** Obstacles per page: a page the clerk reads without scrolling far. */
export const PAGE_SIZE = 20;

/** The API's rule for ids (ID_PATTERN). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The API's bound on the search text. */
const MAX_SEARCH = 200;
/** The API's bound on the page number. */
const MAX_PAGE = 1_000_000;

export interface ObstacleFilters {
  readonly status?: ObstacleStatus;
  readonly agencyId?: string;
  readonly delegationId?: string;
  readonly q?: string;
  readonly page: number;
}

const isStatus = (value: string | null): value is ObstacleStatus =>
  OBSTACLE_STATUSES.includes(value as ObstacleStatus);

const id = (value: string | null) => (value !== null && ID.test(value) ? value : undefined);

/** The filters an address asks for, keeping only what the API takes. */
export const filtersFrom = (search: URLSearchParams): ObstacleFilters => {
  const status = search.get('status');
  const agencyId = id(search.get('agencyId'));
  const delegationId = id(search.get('delegationId'));
  const q = search.get('q')?.normalize('NFC').trim().slice(0, MAX_SEARCH);
  const page = Number(search.get('page'));
  return {
    ...(isStatus(status) && { status }),
    ...(agencyId !== undefined && { agencyId }),
    ...(delegationId !== undefined && { delegationId }),
    ...(q && { q }),
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
};

/** The address of these filters: empty ones and the first page left out. */
export const searchOf = (filters: ObstacleFilters): URLSearchParams => {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  if (filters.delegationId) search.set('delegationId', filters.delegationId);
  if (filters.q) search.set('q', filters.q);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
};

/** Changing a filter starts again at the first page: the old page may no longer exist. */
export const withFilter = (
  filters: ObstacleFilters,
  change: Partial<Omit<ObstacleFilters, 'page'>>,
): ObstacleFilters => {
  const next: Record<string, unknown> = { ...filters, ...change, page: 1 };
  for (const key of Object.keys(next))
    if (next[key] === undefined || next[key] === '') delete next[key];
  return next as unknown as ObstacleFilters;
};

/** The query GET /api/obstacles is sent. */
export const apiQuery = (filters: ObstacleFilters) => ({
  ...(filters.status && { status: filters.status }),
  ...(filters.agencyId && { agencyId: filters.agencyId }),
  ...(filters.delegationId && { delegationId: filters.delegationId }),
  ...(filters.q && { q: filters.q }),
  page: filters.page,
  pageSize: PAGE_SIZE,
});

/** How many pages a total makes (at least one, so the list says "page 1 of 1"). */
export const pageCount = (total: number, pageSize = PAGE_SIZE): number =>
  Math.max(1, Math.ceil(total / pageSize));
