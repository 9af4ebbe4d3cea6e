import type { Grant } from './user.events';

/** A registered account: `active` signs in and acts; `disabled` keeps its grant but does neither. */
export type UserState =
  | Readonly<{ status: 'none' }>
  | (Readonly<{
      status: 'active' | 'disabled';
      userId: string;
      username: string;
      displayName: string;
    }> &
      Grant);

export const initialUserState: UserState = { status: 'none' };
