import { apiQuery, filtersFrom, searchOf } from './agency-list-params';

describe('the agency list’s filters in the address', () => {
  it('reads the search, level and page, and sends them to the API', () => {
    const filters = filtersFrom(new URLSearchParams('q=tay%20ninh&level=commune&page=2'));
    expect(filters).toEqual({ q: 'tay ninh', level: 'commune', page: 2 });
    expect(apiQuery(filters)).toEqual({ q: 'tay ninh', level: 'commune', page: 2, pageSize: 25 });
  });

  it('drops what the API would refuse', () => {
    expect(filtersFrom(new URLSearchParams('level=village&page=0&q=%20'))).toEqual({ page: 1 });
  });

  it('writes the address back without empty filters or the first page', () => {
    expect(searchOf({ page: 1 }).toString()).toBe('');
    expect(searchOf({ q: 'Tây Ninh', level: 'province', page: 3 }).toString()).toBe(
      'q=T%C3%A2y+Ninh&level=province&page=3',
    );
  });
});
