import { boolean, date, listOf, named, optional, string, type Shape } from '../shared/data-shape';
import type { UserCommand } from './user.commands';

// The role is checked against the roles by its own rule (`user.role-unknown`); here only that
// it is there and is a text.
const GRANT = {
  role: string(),
  agencyId: optional(string()),
  delegationIds: optional(listOf(string())),
};

/** The fields each user command must carry; every code starts with `user.`. */
export const USER_SHAPES: Readonly<
  Record<UserCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  RegisterUser: {
    subject: 'user',
    shape: {
      userId: string(),
      username: string(),
      displayName: string(),
      registeredOn: date(),
      ...GRANT,
    },
  },
  GrantRole: {
    subject: 'user',
    shape: {
      userId: string(),
      reason: named('grant-reason', string()),
      grantedOn: date(),
      ...GRANT,
    },
  },
  ResetPassword: { subject: 'user', shape: { userId: string(), resetOn: date() } },
  DisableUser: {
    subject: 'user',
    shape: { userId: string(), reason: named('disable-reason', string()), disabledOn: date() },
  },
  ChooseNotices: {
    subject: 'user',
    shape: {
      userId: string(),
      email: optional(string()),
      reminders: boolean(),
      missedDeadlines: boolean(),
      chosenOn: date(),
    },
  },
  EnableUser: {
    subject: 'user',
    shape: { userId: string(), reason: named('enable-reason', string()), enabledOn: date() },
  },
};
