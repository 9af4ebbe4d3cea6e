import { allows, menuFor } from './menus';

describe('what each role sees', () => {
  it('gives an agency its own work, not the delegations, dashboard, audit or administration', () => {
    expect(menuFor('agency').map((item) => item.path)).toEqual([
      '/',
      '/recommendations',
      '/obstacles',
      '/agencies',
    ]);
  });

  it('gives the administrator the administration and the audit log', () => {
    expect(menuFor('admin').map((item) => item.path)).toEqual(
      expect.arrayContaining(['/administration', '/audit']),
    );
    expect(menuFor('secretariat').map((item) => item.path)).not.toContain('/administration');
  });

  it('refuses a deep link to a page the role has no menu for, and its sub-pages', () => {
    expect(allows('agency', '/delegations')).toBe(false);
    expect(allows('agency', '/delegations/d1')).toBe(false);
    expect(allows('agency', '/recommendations/r1')).toBe(true);
    // A round holds every agency's petitions: an agency answers its own from their items.
    expect(allows('agency', '/petition-rounds/k1')).toBe(false);
    expect(allows('agency', '/petition-answers/k1')).toBe(true);
    expect(allows('secretariat', '/petition-rounds/k1')).toBe(true);
    expect(allows('auditor', '/audit')).toBe(true);
    expect(allows('member', '/audit')).toBe(false);
  });

  it('leaves home to everyone and an unknown path to the page that says it is not there', () => {
    expect(allows('agency', '/')).toBe(true);
    expect(allows('agency', '/no-such-page')).toBe(true);
    // A path that only begins like a menu's is not that menu's page.
    expect(allows('agency', '/delegationsx')).toBe(true);
  });
});
