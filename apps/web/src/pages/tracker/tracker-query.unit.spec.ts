import {
  apiQuery,
  pageCount,
  searchOfView,
  viewFromSearch,
  withFilter,
  type TrackerView,
} from './tracker-query';

const view = (search: string) => viewFromSearch(new URLSearchParams(search));

describe('the tracker view kept in the address', () => {
  it('a plain link is the default view: soonest deadline first, page 1 of 20', () => {
    expect(view('')).toEqual({
      q: '',
      overdue: false,
      sort: 'responseDueOn',
      page: 1,
      pageSize: 20,
      status: undefined,
      agencyId: undefined,
      delegationId: undefined,
      sourceKind: undefined,
      supervisingBody: undefined,
      level: undefined,
      dueBefore: undefined,
    });
    expect(searchOfView(view('')).toString()).toBe('');
  });

  it('a link reproduces every filter, the sort and the page, and is written back the same', () => {
    const search =
      'q=dinh+danh&status=accepted&agencyId=ubnd-tinh-tay-ninh&delegationId=dgs-1&sourceKind=interpellation&supervisingBody=standing-committee&level=commune&overdue=true&dueBefore=2024-12-31&sort=-issuedOn&page=3&pageSize=50';
    const read = view(search);
    expect(read).toMatchObject({
      q: 'dinh danh',
      status: 'accepted',
      sourceKind: 'interpellation',
      supervisingBody: 'standing-committee',
      level: 'commune',
      overdue: true,
      dueBefore: '2024-12-31',
      sort: '-issuedOn',
      page: 3,
      pageSize: 50,
    });
    expect(searchOfView(read).toString()).toBe(search);
  });

  it('drops what a hand-edited link gets wrong instead of sending it to the API', () => {
    expect(
      view(
        'status=bogus&sourceKind=petition&supervisingBody=mayor&level=district&sort=text&page=-2&pageSize=1000&dueBefore=31/12/2024&overdue=yes',
      ),
    ).toMatchObject({
      status: undefined,
      sourceKind: undefined,
      supervisingBody: undefined,
      level: undefined,
      sort: 'responseDueOn',
      page: 1,
      pageSize: 20,
      dueBefore: undefined,
      overdue: false,
    });
  });

  it('a changed filter goes back to page 1; moving page keeps the filters', () => {
    const on3: TrackerView = { ...view('status=accepted'), page: 3 };
    expect(withFilter(on3, { overdue: true })).toMatchObject({ page: 1, overdue: true });
    expect(withFilter(on3, { page: 4 })).toMatchObject({ page: 4, status: 'accepted' });
  });

  it('asks the API for one page with only the filters set', () => {
    expect(apiQuery(view('q=dinh+danh&page=2'))).toEqual({
      q: 'dinh danh',
      sort: 'responseDueOn',
      page: 2,
      pageSize: 20,
    });
  });

  it('counts pages, one at least', () => {
    expect([pageCount(0, 20), pageCount(20, 20), pageCount(21, 20)]).toEqual([1, 1, 2]);
  });
});
