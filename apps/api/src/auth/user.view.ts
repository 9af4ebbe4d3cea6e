import type { Account } from '@hdnd/identity';

/** A user as the API shows it: never a hash, never anything from the credential store. */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  /** `active`, or `disabled`: it cannot sign in and its tokens are refused. */
  readonly status: 'active' | 'disabled';
  readonly agencyId?: string;
  readonly delegationIds?: readonly string[];
}

export const userView = (user: Account): UserView => ({
  id: user.userId,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  status: user.status,
  ...(user.agencyId !== undefined && { agencyId: user.agencyId }),
  ...(user.delegationIds !== undefined && { delegationIds: user.delegationIds }),
});
