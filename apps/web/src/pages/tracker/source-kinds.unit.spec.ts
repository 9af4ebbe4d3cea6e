import { sourceLabel, sourcePath } from './source-kinds';

describe('where an item comes from', () => {
  it('links a delegation and an interpellation session to their pages, no other source', () => {
    expect(sourcePath({ kind: 'delegation', id: 'd1' })).toBe('/delegations/d1');
    expect(sourcePath({ kind: 'interpellation', id: 'cv1' })).toBe('/interpellations/cv1');
    expect(sourcePath({ kind: 'voter-petitions', id: 'k1' })).toBeUndefined();
  });

  it('names the sources it knows and leaves an unknown one unnamed', () => {
    expect(sourceLabel('interpellation')).toBe('tracker.sources.interpellation');
    expect(sourceLabel('something-new')).toBeUndefined();
  });
});
