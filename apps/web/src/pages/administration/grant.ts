import type { Role } from '../../shell/roles';

/** What the role and binding fields of a user form hold while the admin types. */
export interface GrantDraft {
  readonly role: Role | '';
  readonly agencyId: string;
  readonly delegationIds: readonly string[];
}

/** Only an agency's officer is bound to an agency: the agency field shows for that role alone. */
export const needsAgency = (role: Role | ''): boolean => role === 'agency';

/** Only a delegation's member is bound to delegations (whose surveys and findings they record). */
export const needsDelegations = (role: Role | ''): boolean => role === 'member';

/**
 * The role and bindings the API receives: the agency only for the agency role and the
 * delegations only for a member, so a binding picked and then left by changing the role is
 * not sent (the API refuses it on another role).
 */
export const grantFields = (
  draft: GrantDraft,
): { role: Role | ''; agencyId?: string; delegationIds?: string[] } => ({
  role: draft.role,
  ...(needsAgency(draft.role) && draft.agencyId !== '' && { agencyId: draft.agencyId }),
  ...(needsDelegations(draft.role) && { delegationIds: [...draft.delegationIds] }),
});
