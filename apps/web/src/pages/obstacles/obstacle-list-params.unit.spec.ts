import { apiQuery, filtersFrom, pageCount, searchOf, withFilter } from './obstacle-list-params';

describe('the obstacle list’s filters in the address', () => {
  it('reads what the API takes', () => {
    const filters = filtersFrom(
      new URLSearchParams('status=assigned&agencyId=ubnd-tinh-tay-ninh&q=VNeID&page=3'),
    );
    expect(filters).toEqual({
      status: 'assigned',
      agencyId: 'ubnd-tinh-tay-ninh',
      q: 'VNeID',
      page: 3,
    });
    expect(apiQuery(filters)).toEqual({
      status: 'assigned',
      agencyId: 'ubnd-tinh-tay-ninh',
      q: 'VNeID',
      page: 3,
      pageSize: 20,
    });
  });

  it('leaves out what the API would refuse: a hand-edited link gives the plain list', () => {
    expect(
      filtersFrom(new URLSearchParams('status=lost&agencyId=../x&delegationId=&page=-2&q=%20%20')),
    ).toEqual({ page: 1 });
    expect(filtersFrom(new URLSearchParams('page=1.5')).page).toBe(1);
    expect(filtersFrom(new URLSearchParams('page=99999999')).page).toBe(1);
  });

  it('keeps the search text NFC, trimmed and within the API’s bound', () => {
    const decomposed = 'định danh'.normalize('NFD');
    expect(filtersFrom(new URLSearchParams({ q: ` ${decomposed} ` })).q).toBe('định danh');
    expect(filtersFrom(new URLSearchParams({ q: 'a'.repeat(300) })).q).toHaveLength(200);
  });

  it('writes an address without empty filters or the first page, and reads it back', () => {
    expect(searchOf({ page: 1 }).toString()).toBe('');
    const filters = { status: 'recorded', delegationId: 'dgs-2024', page: 2 } as const;
    expect(searchOf(filters).toString()).toBe('status=recorded&delegationId=dgs-2024&page=2');
    expect(filtersFrom(searchOf(filters))).toEqual(filters);
  });

  it('goes back to the first page when a filter changes, and drops a cleared one', () => {
    expect(withFilter({ status: 'recorded', q: 'x', page: 4 }, { status: undefined })).toEqual({
      q: 'x',
      page: 1,
    });
    expect(withFilter({ page: 4 }, { q: '' })).toEqual({ page: 1 });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });
});
