/*
 * The list's search and page live in the address (?q=cai+cach&page=2), so a search can be
 * bookmarked, shared and survives a reload; the API does the searching and the paging.
 */

/** Delegations per page: a clerk's screen shows about this many without scrolling far. */
export const PAGE_SIZE = 20;
/** The API's bound for a search text. */
export const MAX_SEARCH = 200;

export interface ListParams {
  readonly q: string;
  readonly page: number;
}

/** The list's params as the address gives them: a missing or broken page is the first. */
export const readListParams = (search: URLSearchParams): ListParams => {
  const page = Number(search.get('page'));
  return {
    q: (search.get('q') ?? '').slice(0, MAX_SEARCH),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
};

/** The address's search for these params, leaving out what is the default. */
export const writeListParams = ({ q, page }: ListParams): Record<string, string> => ({
  ...(q.trim() !== '' && { q: q.trim() }),
  ...(page > 1 && { page: String(page) }),
});

/** What GET /api/delegations is asked: the text NFC (the API folds diacritics itself). */
export const listQuery = ({ q, page }: ListParams) => ({
  ...(q.trim() !== '' && { q: q.trim().normalize('NFC') }),
  page,
  pageSize: PAGE_SIZE,
});

/** How many pages a total makes; at least one, so an empty list still says "1 of 1". */
export const pageCount = (total: number, pageSize = PAGE_SIZE) =>
  Math.max(1, Math.ceil(total / pageSize));
