import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { businessToday, CLOCK, type Clock } from '@hdnd/application';
import { SubmitUserCommand, UserDirectory } from '@hdnd/identity';
import { ROLES, type Role } from '@hdnd/domain';
import { cliCommandContext } from '../cli-context';
import { passwordFrom, UsageError } from './password-input';

export type Print = (line: string) => void;

const required = (value: string | undefined, flag: string): string => {
  if (value === undefined || value === '') throw new UsageError(`${flag} is required.`);
  return value;
};

export interface CreateOptions {
  readonly username?: string;
  readonly role?: string;
  readonly displayName?: string;
  readonly agency?: string;
  readonly delegation?: readonly string[];
  readonly passwordStdin?: boolean;
}

/** users:create — opens an account; the log records it with the operator as actor. */
export const createUser = async (
  app: INestApplicationContext,
  options: CreateOptions,
  print: Print,
  stdin?: NodeJS.ReadableStream,
) => {
  const username = required(options.username, '--username');
  const role = required(options.role, '--role');
  if (!ROLES.includes(role as Role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}.`);
  const { password, generated } = await passwordFrom(options.passwordStdin === true, stdin);
  const userId = randomUUID();
  await app.get(CommandBus).execute(
    new SubmitUserCommand(
      {
        type: 'RegisterUser',
        data: {
          userId,
          username,
          displayName: options.displayName ?? username,
          role: role as Role,
          ...(options.agency !== undefined && { agencyId: options.agency }),
          ...(options.delegation !== undefined && { delegationIds: options.delegation }),
          registeredOn: businessToday(app.get<Clock>(CLOCK)),
        },
        password,
      },
      cliCommandContext(),
    ),
  );
  print(`created ${username} (${role}) with id ${userId}`);
  if (generated) print(`password (shown once): ${password}`);
};

/** users:list — every account the log confirms, one per line. */
export const listUsers = async (app: INestApplicationContext, print: Print) => {
  const users = await app.get(UserDirectory).list();
  for (const user of users) {
    const binding = user.agencyId ?? user.delegationIds?.join(',') ?? '';
    const fields = [user.username, user.role, binding, user.displayName, user.userId];
    print([...fields, ...(user.status === 'disabled' ? ['disabled'] : [])].join('\t'));
  }
  if (users.length === 0) print('no accounts yet: the api opens admin on its first start');
};

/** users:reset-password — a new password; the log records that it was reset, and by whom. */
export const resetPassword = async (
  app: INestApplicationContext,
  options: { readonly username?: string; readonly passwordStdin?: boolean },
  print: Print,
  stdin?: NodeJS.ReadableStream,
) => {
  const username = required(options.username, '--username');
  const user = await app.get(UserDirectory).findByUsername(username);
  if (!user) throw new UsageError(`There is no user ${username}.`);
  const { password, generated } = await passwordFrom(options.passwordStdin === true, stdin);
  await app.get(CommandBus).execute(
    new SubmitUserCommand(
      {
        type: 'ResetPassword',
        data: { userId: user.userId, resetOn: businessToday(app.get<Clock>(CLOCK)) },
        password,
      },
      cliCommandContext(),
    ),
  );
  print(`reset the password of ${username}`);
  if (generated) print(`password (shown once): ${password}`);
};
