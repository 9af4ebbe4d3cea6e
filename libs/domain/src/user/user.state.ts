import type { Grant, NoticeChoice } from './user.events';

/** A registered account: `active` signs in and acts; `disabled` keeps its grant but does neither. */
export type UserState =
  | Readonly<{ status: 'none' }>
  | (Readonly<{
      status: 'active' | 'disabled';
      userId: string;
      username: string;
      displayName: string;
      /** The notices the user chose to receive by e-mail; none until they choose. */
      notices?: NoticeChoice;
    }> &
      Grant);

export const initialUserState: UserState = { status: 'none' };
