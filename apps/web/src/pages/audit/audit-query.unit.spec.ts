import { apiQuery, isFiltered, searchOf, viewFrom, withFilters } from './audit-query';

describe('the audit log browser’s address', () => {
  it('reads every filter and the page, and writes them back in a fixed order', () => {
    const search = new URLSearchParams(
      'type=ResponseRecorded&stream=kn-vneid-du-lieu&after=40&fromPosition=3&toPosition=90&from=2024-04-01&correlationId=abc',
    );
    const view = viewFrom(search);
    expect(view).toEqual({
      stream: 'kn-vneid-du-lieu',
      type: 'ResponseRecorded',
      correlationId: 'abc',
      from: '2024-04-01',
      fromPosition: 3,
      toPosition: 90,
      after: 40,
    });
    expect(searchOf(view).toString()).toBe(
      'stream=kn-vneid-du-lieu&correlationId=abc&type=ResponseRecorded&from=2024-04-01&fromPosition=3&toPosition=90&after=40',
    );
  });

  it('leaves out what a hand-edited link gets wrong', () => {
    expect(
      viewFrom(
        new URLSearchParams('type=Not%20a%20type&from=01/04/2024&after=-1&toPosition=0&command='),
      ),
    ).toEqual({});
  });

  it('asks the API for a stream by its id, and for a case by its id whatever its kind', () => {
    expect(apiQuery({ stream: 'recommendation-kn-1' })).toEqual({
      streamId: 'recommendation-kn-1',
      limit: 50,
    });
    expect(apiQuery({ stream: 'kn-1', command: 'IssueRecommendation', after: 7 })).toEqual({
      caseId: 'kn-1',
      command: 'IssueRecommendation',
      after: 7,
      limit: 50,
    });
  });

  it('goes back to the first page when a filter changes', () => {
    expect(withFilters({ type: 'ResponseRecorded', actor: '' })).toEqual({
      type: 'ResponseRecorded',
    });
    expect(isFiltered({ after: 20 })).toBe(false);
    expect(isFiltered({ actor: 'thu-ky' })).toBe(true);
  });
});
