import { listQuery, pageCount, readListParams, writeListParams } from './list-params';

describe('the delegation list’s params', () => {
  it('reads the search and the page from the address', () => {
    expect(readListParams(new URLSearchParams('q=cai+cach&page=3'))).toEqual({
      q: 'cai cach',
      page: 3,
    });
  });

  it('takes the first page when the page is missing or not a page number', () => {
    for (const page of ['', '0', '-2', '1.5', 'abc'])
      expect(readListParams(new URLSearchParams({ page })).page).toBe(1);
    expect(readListParams(new URLSearchParams()).q).toBe('');
  });

  it('writes only what differs from the default', () => {
    expect(writeListParams({ q: '  ', page: 1 })).toEqual({});
    expect(writeListParams({ q: ' tây ninh ', page: 2 })).toEqual({ q: 'tây ninh', page: '2' });
  });

  it('asks the API for one page, the search trimmed and NFC', () => {
    expect(listQuery({ q: '', page: 1 })).toEqual({ page: 1, pageSize: 20 });
    expect(listQuery({ q: ' Tây Ninh'.normalize('NFD'), page: 2 })).toEqual({
      q: 'Tây Ninh',
      page: 2,
      pageSize: 20,
    });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });
});
