import { sourceLabel, sourcePath } from './source-kinds';

describe('where an item comes from', () => {
  it('links each source that has a page to it, and none other', () => {
    expect(sourcePath({ kind: 'delegation', id: 'd1' })).toBe('/delegations/d1');
    expect(sourcePath({ kind: 'interpellation', id: 'cv1' })).toBe('/interpellations/cv1');
    expect(sourcePath({ kind: 'explanation-session', id: 'gt1' })).toBe(
      '/explanation-sessions/gt1',
    );
    expect(sourcePath({ kind: 'committee-supervision', id: 'gs1' })).toBe(
      '/committee-supervisions/gs1',
    );
    expect(sourcePath({ kind: 'voter-petitions', id: 'k1' })).toBe('/petition-rounds/k1');
    expect(sourcePath({ kind: 'something-new', id: 'x1' })).toBeUndefined();
  });

  it('names the sources it knows and leaves an unknown one unnamed', () => {
    expect(sourceLabel('interpellation')).toBe('tracker.sources.interpellation');
    expect(sourceLabel('something-new')).toBeUndefined();
  });
});
