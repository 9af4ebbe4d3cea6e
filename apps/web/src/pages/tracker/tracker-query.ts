import type { operations } from '../../api/schema';
import { COUNCIL_LEVELS, SUPERVISING_BODIES } from '../delegations/supervisor-bodies';
import { SOURCE_KINDS } from './source-kinds';

/** What GET /api/recommendations takes, as the generated client types it. */
export type ApiTrackerQuery = NonNullable<
  operations['RecommendationQueriesController_list']['parameters']['query']
>;
export type TrackerStatus = NonNullable<ApiTrackerQuery['status']>;
export type TrackerSort = NonNullable<ApiTrackerQuery['sort']>;
export type TrackerSource = NonNullable<ApiTrackerQuery['sourceKind']>;
export type TrackerBody = NonNullable<ApiTrackerQuery['supervisingBody']>;
export type TrackerLevel = NonNullable<ApiTrackerQuery['level']>;

/** The statuses the filter offers, in the order a case moves through them. */
export const STATUSES: readonly TrackerStatus[] = [
  'awaiting-response',
  'accepted',
  'partially-accepted',
  'rejected',
  'in-progress',
  'reported-done',
  'implemented',
  'partially-implemented',
  'not-implemented',
  'no-longer-applicable',
];

export const SORTS: readonly TrackerSort[] = [
  'responseDueOn',
  '-responseDueOn',
  'issuedOn',
  '-issuedOn',
];

/** The page sizes offered: 20 fits a desktop screen or two; 200 is the API's bound. */
export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SORT: TrackerSort = 'responseDueOn';

/** The tracker's view: every filter, the sort and the page, all kept in the address. */
export interface TrackerView {
  readonly q: string;
  readonly status?: TrackerStatus;
  readonly agencyId?: string;
  readonly delegationId?: string;
  /** Where the items come from: a delegation, an interpellation session… */
  readonly sourceKind?: TrackerSource;
  /** Who supervises: the council, its Standing Committee, a committee… */
  readonly supervisingBody?: TrackerBody;
  readonly level?: TrackerLevel;
  readonly overdue: boolean;
  /** A local date, YYYY-MM-DD. */
  readonly dueBefore?: string;
  readonly sort: TrackerSort;
  readonly page: number;
  readonly pageSize: number;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const positive = (value: string | null): number | undefined => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 ? n : undefined;
};

/**
 * The view a link describes. What a hand-edited or old link gets wrong is dropped, not sent:
 * the page shows the list without it rather than an error.
 */
export const viewFromSearch = (search: URLSearchParams): TrackerView => {
  const text = (name: string) => search.get(name)?.trim() || undefined;
  const dueBefore = text('dueBefore');
  const pageSize = positive(search.get('pageSize'));
  return {
    q: text('q') ?? '',
    status: oneOf(STATUSES, search.get('status')),
    agencyId: text('agencyId'),
    delegationId: text('delegationId'),
    sourceKind: oneOf(SOURCE_KINDS, search.get('sourceKind')),
    supervisingBody: oneOf(SUPERVISING_BODIES, search.get('supervisingBody')),
    level: oneOf(COUNCIL_LEVELS, search.get('level')),
    overdue: search.get('overdue') === 'true',
    dueBefore: dueBefore && LOCAL_DATE.test(dueBefore) ? dueBefore : undefined,
    sort: oneOf(SORTS, search.get('sort')) ?? DEFAULT_SORT,
    page: positive(search.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? DEFAULT_PAGE_SIZE,
  };
};

/** The address of a view: only what differs from the defaults, so a plain list has a plain link. */
export const searchOfView = (view: TrackerView): URLSearchParams => {
  const search = new URLSearchParams();
  if (view.q) search.set('q', view.q);
  if (view.status) search.set('status', view.status);
  if (view.agencyId) search.set('agencyId', view.agencyId);
  if (view.delegationId) search.set('delegationId', view.delegationId);
  if (view.sourceKind) search.set('sourceKind', view.sourceKind);
  if (view.supervisingBody) search.set('supervisingBody', view.supervisingBody);
  if (view.level) search.set('level', view.level);
  if (view.overdue) search.set('overdue', 'true');
  if (view.dueBefore) search.set('dueBefore', view.dueBefore);
  if (view.sort !== DEFAULT_SORT) search.set('sort', view.sort);
  if (view.page !== 1) search.set('page', String(view.page));
  if (view.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(view.pageSize));
  return search;
};

/** A filter changed: back to the first page, since the old page number means nothing now. */
export const withFilter = (view: TrackerView, change: Partial<TrackerView>): TrackerView => ({
  ...view,
  ...change,
  page: 'page' in change ? change.page! : 1,
});

/** What the API is asked for the view: one page, never the whole list. */
export const apiQuery = (view: TrackerView): ApiTrackerQuery => ({
  ...(view.q && { q: view.q }),
  ...(view.status && { status: view.status }),
  ...(view.agencyId && { agencyId: view.agencyId }),
  ...(view.delegationId && { delegationId: view.delegationId }),
  ...(view.sourceKind && { sourceKind: view.sourceKind }),
  ...(view.supervisingBody && { supervisingBody: view.supervisingBody }),
  ...(view.level && { level: view.level }),
  ...(view.overdue && { overdue: true }),
  ...(view.dueBefore && { dueBefore: view.dueBefore }),
  sort: view.sort,
  page: view.page,
  pageSize: view.pageSize,
});

/** What the export is asked for the view: every row the filters select, in the list's order. */
export const exportQuery = (view: TrackerView): Omit<ApiTrackerQuery, 'page' | 'pageSize'> => {
  const { page: _page, pageSize: _pageSize, ...filters } = apiQuery(view);
  return filters;
};

/** How many pages a total fills (at least one, so "page 1 of 1" reads right on an empty list). */
export const pageCount = (total: number, pageSize: number): number =>
  Math.max(1, Math.ceil(total / pageSize));
