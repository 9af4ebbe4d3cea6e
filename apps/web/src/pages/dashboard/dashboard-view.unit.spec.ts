import { filtersFrom, obstaclesLink, percentOf, searchOf, trackerLink } from './dashboard-view';

describe('the dashboard’s filters and links', () => {
  it('reads its filters from the address, dropping a malformed date', () => {
    expect(
      filtersFrom(new URLSearchParams('delegationId=d-1&from=2024-01-01&to=31/12/2024&x=1')),
    ).toEqual({ delegationId: 'd-1', from: '2024-01-01' });
  });

  it('reads the source, body and level, dropping a value the API does not know', () => {
    expect(
      filtersFrom(
        new URLSearchParams('sourceKind=explanation-session&supervisingBody=committee&level=tinh'),
      ),
    ).toEqual({ sourceKind: 'explanation-session', supervisingBody: 'committee' });
  });

  it('writes only the filters given', () => {
    expect(searchOf({ agencyId: 'ubnd', to: '2024-12-31' }).toString()).toBe(
      'agencyId=ubnd&to=2024-12-31',
    );
  });

  it('links a figure to the tracker with its own filter and the dashboard’s delegation and agency', () => {
    expect(trackerLink({ delegationId: 'd-1', agencyId: 'a-1' }, { status: 'rejected' })).toBe(
      '/recommendations?status=rejected&agencyId=a-1&delegationId=d-1',
    );
    expect(trackerLink({}, { overdue: true })).toBe('/recommendations?overdue=true');
    expect(trackerLink({ agencyId: 'a-1' }, { agencyId: 'a-2' })).toBe(
      '/recommendations?agencyId=a-2',
    );
    expect(trackerLink({})).toBe('/recommendations');
    expect(
      trackerLink({ sourceKind: 'committee-supervision', level: 'province' }, { overdue: true }),
    ).toBe('/recommendations?sourceKind=committee-supervision&level=province&overdue=true');
  });

  it('links the obstacle figures to the register with the same filters', () => {
    expect(obstaclesLink({ delegationId: 'd-1', from: '2024-01-01' })).toBe(
      '/obstacles?delegationId=d-1',
    );
  });

  it('shows a share as a percent to a tenth', () => {
    expect(percentOf(0.8472)).toBe(84.7);
    expect(percentOf(null)).toBeNull();
  });
});
