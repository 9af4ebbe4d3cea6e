import type { ActiveUser } from '@hdnd/identity';

/** A user as the API shows it: never a hash, never anything from the credential store. */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly agencyId?: string;
  readonly delegationIds?: readonly string[];
}

export const userView = (user: ActiveUser): UserView => ({
  id: user.userId,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  ...(user.agencyId !== undefined && { agencyId: user.agencyId }),
  ...(user.delegationIds !== undefined && { delegationIds: user.delegationIds }),
});
