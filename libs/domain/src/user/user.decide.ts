import { isAbolishedOn } from '../agency';
import { assertNever, ensure, ensureShape, hasText, type LocalDate } from '../shared';
import type { RegisterUser, UserCommand } from './user.commands';
import { ROLES, type Grant, type UserEvent } from './user.events';
import { USER_SHAPES } from './user.shapes';
import type { UserState } from './user.state';

/** Lower-case, so `Admin` and `admin` cannot be two people; 3–64 characters. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/**
 * An address mail can be sent to: one @, a local part and a dotted domain of letters, digits
 * and dashes, no spaces or brackets; 254 characters at most (RFC 5321's path limit). Stricter
 * than RFC 5322 on purpose: quoted local parts and IP literals are legal but no office uses them.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export const isEmailAddress = (value: string): boolean =>
  value.length <= 254 && EMAIL.test(value) && !value.split('@')[0]!.split('.').includes('');

/** The grant as it will be recorded: only the bindings its role uses, nothing left over. */
const checkedGrant = (
  grant: Grant & Pick<RegisterUser['data'], 'agency' | 'delegations'>,
  on: LocalDate,
): Grant => {
  ensure(ROLES.includes(grant.role), 'user.role-unknown', `There is no role "${grant.role}".`);
  if (grant.role === 'agency') {
    ensure(
      grant.agencyId !== undefined && grant.agency !== undefined,
      'user.agency-required',
      'An agency user must be bound to an agency.',
    );
    ensure(grant.agency.registered, 'user.agency-unknown', 'The agency is not registered.');
    ensure(
      !isAbolishedOn(grant.agency, on),
      'user.agency-abolished',
      'The agency no longer exists; bind the user to its successor.',
    );
  } else {
    ensure(
      grant.agencyId === undefined,
      'user.agency-not-allowed',
      'Only agency users are bound to an agency.',
    );
  }
  if (grant.role === 'member') {
    const ids = grant.delegationIds ?? [];
    ensure(
      new Set(ids).size === ids.length,
      'user.delegations-repeated',
      'A delegation is listed twice.',
    );
    for (const delegationId of ids)
      ensure(
        grant.delegations?.some((d) => d.delegationId === delegationId && d.established) === true,
        'user.delegation-unknown',
        `Delegation ${delegationId} has not been established.`,
      );
  } else {
    ensure(
      grant.delegationIds === undefined,
      'user.delegations-not-allowed',
      'Only delegation members are bound to delegations.',
    );
  }
  return {
    role: grant.role,
    ...(grant.agencyId !== undefined && { agencyId: grant.agencyId }),
    ...(grant.role === 'member' && { delegationIds: [...(grant.delegationIds ?? [])] }),
  };
};

export const decideUser = (command: UserCommand, state: UserState): UserEvent[] => {
  const { subject, shape } = USER_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  switch (command.type) {
    case 'RegisterUser': {
      const { userId, username, displayName, registeredOn } = command.data;
      ensure(state.status === 'none', 'user.already-registered', 'This user already exists.');
      ensure(
        USERNAME.test(username),
        'user.username-invalid',
        'A username is 3–64 lower-case letters, digits, dots, dashes or underscores.',
      );
      ensure(hasText(displayName), 'user.display-name-required', 'A user needs a display name.');
      const grant = checkedGrant(command.data, registeredOn);
      return [
        { type: 'UserRegistered', data: { userId, username, displayName, registeredOn, ...grant } },
      ];
    }
    case 'GrantRole': {
      const { userId, reason, grantedOn } = command.data;
      // A disabled account keeps a grant: the admin may correct it before enabling it again.
      ensure(state.status !== 'none', 'user.not-registered', 'There is no such user.');
      ensure(hasText(reason), 'user.grant-reason-required', 'A change of role needs a reason.');
      const grant = checkedGrant(command.data, grantedOn);
      return [{ type: 'RoleGranted', data: { userId, reason, grantedOn, ...grant } }];
    }
    case 'ResetPassword':
      ensure(state.status !== 'none', 'user.not-registered', 'There is no such user.');
      return [{ type: 'PasswordReset', data: command.data }];
    case 'DisableUser':
      ensure(state.status !== 'none', 'user.not-registered', 'There is no such user.');
      ensure(state.status === 'active', 'user.already-disabled', 'This user is already disabled.');
      ensure(
        hasText(command.data.reason),
        'user.disable-reason-required',
        'Say why the account is disabled.',
      );
      return [{ type: 'UserDisabled', data: command.data }];
    case 'EnableUser':
      ensure(state.status !== 'none', 'user.not-registered', 'There is no such user.');
      ensure(state.status === 'disabled', 'user.not-disabled', 'This user is not disabled.');
      ensure(
        hasText(command.data.reason),
        'user.enable-reason-required',
        'Say why the account is enabled again.',
      );
      return [{ type: 'UserEnabled', data: command.data }];
    case 'ChooseNotices': {
      ensure(state.status !== 'none', 'user.not-registered', 'There is no such user.');
      const { email } = command.data;
      ensure(
        email === undefined || isEmailAddress(email),
        'user.email-invalid',
        'The e-mail address is not one mail can be sent to.',
      );
      return [{ type: 'NoticesChosen', data: command.data }];
    }
    default:
      return assertNever(command);
  }
};
