/** docs/http-api.md's lists: `page` from 1, `pageSize` at most 200; answered as { items, total, page, pageSize }. */
export const MAX_PAGE_SIZE = 200;

export interface PageRequest {
  readonly page?: number;
  readonly pageSize?: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export const page = async <T>(
  request: PageRequest,
  items: (limit: number, offset: number) => Promise<T[]>,
  total: () => Promise<number>,
): Promise<Page<T>> => {
  const pageNumber = Math.max(1, request.page ?? 1);
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, request.pageSize ?? 50));
  const [rows, count] = await Promise.all([items(pageSize, (pageNumber - 1) * pageSize), total()]);
  return { items: rows, total: count, page: pageNumber, pageSize };
};
