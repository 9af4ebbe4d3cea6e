import { grantFields, needsAgency } from './grant';

describe('a user form’s role and agency', () => {
  it('asks for an agency for the agency role only', () => {
    expect(needsAgency('agency')).toBe(true);
    expect(needsAgency('secretariat')).toBe(false);
    expect(needsAgency('')).toBe(false);
  });

  it('sends the agency with the agency role', () => {
    expect(grantFields({ role: 'agency', agencyId: 'ubnd-tinh' })).toEqual({
      role: 'agency',
      agencyId: 'ubnd-tinh',
    });
  });

  it('drops an agency picked before the role was changed to another', () => {
    expect(grantFields({ role: 'auditor', agencyId: 'ubnd-tinh' })).toEqual({ role: 'auditor' });
  });

  it('leaves an empty agency out, for the API to say it is missing', () => {
    expect(grantFields({ role: 'agency', agencyId: '' })).toEqual({ role: 'agency' });
  });
});
