import type { AgencyStanding } from '../agency';
import type { Command } from '../shared';
import type {
  NoticesChosen,
  PasswordReset,
  RoleGranted,
  UserDisabled,
  UserEnabled,
  UserRegistered,
} from './user.events';

/**
 * The agency an `agency` grant names, as the application found it: it must exist and not have
 * been abolished on the day of the grant.
 */
type WithAgency = Readonly<{
  agency?: AgencyStanding;
  /** The delegations a `member` grant names, as the application found them: each must exist. */
  delegations?: readonly Readonly<{ delegationId: string; established: boolean }>[];
}>;

export type RegisterUser = Command<'RegisterUser', UserRegistered['data'] & WithAgency>;

export type GrantRole = Command<'GrantRole', RoleGranted['data'] & WithAgency>;

export type ResetPassword = Command<'ResetPassword', PasswordReset['data']>;

export type DisableUser = Command<'DisableUser', UserDisabled['data']>;

export type EnableUser = Command<'EnableUser', UserEnabled['data']>;

export type ChooseNotices = Command<'ChooseNotices', NoticesChosen['data']>;

export type UserCommand =
  RegisterUser | GrantRole | ResetPassword | DisableUser | EnableUser | ChooseNotices;
