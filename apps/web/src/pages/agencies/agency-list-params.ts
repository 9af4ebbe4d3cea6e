import { isAgencyLevel, type AgencyLevel } from './agency';

/*
 * The agency list's filters live in the page's address (?q=…&level=…&page=…), so a search can
 * be bookmarked and returned to with Back; only what the API would take is read from it.
 */

/** Agencies per page. */
export const PAGE_SIZE = 25;
const MAX_SEARCH = 200;
const MAX_PAGE = 1_000_000;

export interface AgencyFilters {
  readonly q?: string;
  readonly level?: AgencyLevel;
  readonly page: number;
}

export const filtersFrom = (search: URLSearchParams): AgencyFilters => {
  const q = search.get('q')?.normalize('NFC').trim().slice(0, MAX_SEARCH);
  const level = search.get('level');
  const page = Number(search.get('page'));
  return {
    ...(q && { q }),
    ...(isAgencyLevel(level) && { level }),
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
};

export const searchOf = (filters: AgencyFilters): URLSearchParams => {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.level) search.set('level', filters.level);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
};

/** The query GET /api/agencies is sent. */
export const apiQuery = (filters: AgencyFilters) => ({
  ...(filters.q && { q: filters.q }),
  ...(filters.level && { level: filters.level }),
  page: filters.page,
  pageSize: PAGE_SIZE,
});
