import { grantFields, needsAgency, needsDelegations } from './grant';

const draft = { role: 'agency', agencyId: '', delegationIds: [] } as const;

describe('a user form’s role and bindings', () => {
  it('asks for an agency for the agency role only, and for delegations for a member only', () => {
    expect(needsAgency('agency')).toBe(true);
    expect(needsAgency('secretariat')).toBe(false);
    expect(needsAgency('')).toBe(false);
    expect(needsDelegations('member')).toBe(true);
    expect(needsDelegations('agency')).toBe(false);
  });

  it('sends the agency with the agency role', () => {
    expect(grantFields({ ...draft, agencyId: 'ubnd-tinh' })).toEqual({
      role: 'agency',
      agencyId: 'ubnd-tinh',
    });
  });

  it('sends a member’s delegations, even none', () => {
    expect(grantFields({ ...draft, role: 'member', delegationIds: ['dgs-1'] })).toEqual({
      role: 'member',
      delegationIds: ['dgs-1'],
    });
    expect(grantFields({ ...draft, role: 'member' })).toEqual({
      role: 'member',
      delegationIds: [],
    });
  });

  it('drops bindings picked before the role was changed to another', () => {
    expect(
      grantFields({ role: 'auditor', agencyId: 'ubnd-tinh', delegationIds: ['dgs-1'] }),
    ).toEqual({ role: 'auditor' });
  });

  it('leaves an empty agency out, for the API to say it is missing', () => {
    expect(grantFields(draft)).toEqual({ role: 'agency' });
  });
});
