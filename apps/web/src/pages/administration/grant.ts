import type { Role } from '../../shell/roles';

/** What the role and agency fields of a user form hold while the admin types. */
export interface GrantDraft {
  readonly role: Role | '';
  readonly agencyId: string;
}

/** Only an agency's officer is bound to an agency: the agency field shows for that role alone. */
export const needsAgency = (role: Role | ''): boolean => role === 'agency';

/**
 * The role and binding the API receives: the agency only for the agency role, so an agency
 * picked and then left by changing the role is not sent.
 */
export const grantFields = (draft: GrantDraft): { role: Role | ''; agencyId?: string } => ({
  role: draft.role,
  ...(needsAgency(draft.role) && draft.agencyId !== '' && { agencyId: draft.agencyId }),
});
