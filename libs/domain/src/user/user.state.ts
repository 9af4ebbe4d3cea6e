import type { Grant } from './user.events';

export type UserState =
  | Readonly<{ status: 'none' }>
  | (Readonly<{ status: 'active'; userId: string; username: string; displayName: string }> & Grant);

export const initialUserState: UserState = { status: 'none' };
