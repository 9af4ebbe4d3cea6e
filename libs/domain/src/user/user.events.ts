import type { Event, LocalDate } from '../shared';

/** The roles of docs/security.md. `agency` users are bound to one agency, `member` users to delegations. */
export const ROLES = ['admin', 'secretariat', 'member', 'agency', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** What a user may do and over what: the role, and the agency or delegations it is bound to. */
export type Grant = Readonly<{
  role: Role;
  /** Only for `agency` users: the agency whose cases they read and answer. */
  agencyId?: string;
  /** Only for `member` users: the delegations whose surveys and findings they record. */
  delegationIds?: readonly string[];
}>;

/**
 * An account was opened with its first grant. The password is not here: hashes never enter
 * the log (the application keeps them beside it); the log says who opened the account, when.
 */
export type UserRegistered = Event<
  'UserRegistered',
  { userId: string; username: string; displayName: string; registeredOn: LocalDate } & Grant
>;

/** The user's grant was replaced; who granted it is the event's actor. */
export type RoleGranted = Event<
  'RoleGranted',
  { userId: string; reason: string; grantedOn: LocalDate } & Grant
>;

/** Someone set a new password for the user (the new hash is kept outside the log). */
export type PasswordReset = Event<'PasswordReset', { userId: string; resetOn: LocalDate }>;

/**
 * The account may no longer sign in, and the tokens it holds stop working: someone left the
 * office, or the account is suspected. Nothing it recorded changes; an admin can enable it again.
 */
export type UserDisabled = Event<
  'UserDisabled',
  { userId: string; reason: string; disabledOn: LocalDate }
>;

/** A disabled account may sign in again, with the grant it had. */
export type UserEnabled = Event<
  'UserEnabled',
  { userId: string; reason: string; enabledOn: LocalDate }
>;

/** What a user wants to be told by e-mail about the cases they follow, and where. */
export type NoticeChoice = Readonly<{
  /** Where digests go; absent: nowhere, whatever else is chosen. */
  email?: string;
  /** Reminders of deadlines drawing near. */
  reminders: boolean;
  /** Deadlines that passed without an answer. */
  missedDeadlines: boolean;
}>;

/**
 * The user chose which notices reach them by e-mail, and at which address (the user or an
 * admin, the event's actor). The latest choice counts; nothing is sent before any.
 */
export type NoticesChosen = Event<
  'NoticesChosen',
  { userId: string; chosenOn: LocalDate } & NoticeChoice
>;

export type UserEvent =
  UserRegistered | RoleGranted | PasswordReset | UserDisabled | UserEnabled | NoticesChosen;
