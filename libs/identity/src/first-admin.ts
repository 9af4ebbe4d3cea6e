import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { businessToday, CLOCK, SYSTEM_ACTOR, type Clock } from '@hdnd/application';
import { MIN_PASSWORD_LENGTH } from './password-hasher';
import { SubmitUserCommand, SubmitUserCommandHandler } from './submit-user-command';
import { UserDirectory } from './user-directory';

export const FIRST_ADMIN_PASSWORD = Symbol('FIRST_ADMIN_PASSWORD');

/** The password `admin` is opened with, and where it came from (ADMIN_PASSWORD, the demo…). */
export type FirstAdminPassword = Readonly<{ password: string; from?: string }>;

/**
 * On a first start with no accounts, opens `admin`: with the password given (the api passes
 * ADMIN_PASSWORD when the operator set one), else with a random password printed once to the log
 * (nowhere else holds it). The log names the password's source as given, and only that: it
 * must not send an operator looking for a variable nobody set.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(
    private readonly users: UserDirectory,
    // The handler itself: @nestjs/cqrs wires its bus in the same bootstrap phase as this runs.
    private readonly handler: SubmitUserCommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FIRST_ADMIN_PASSWORD) private readonly configured: FirstAdminPassword | undefined,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.users.hasAnyAccount()) return;
    const from = this.configured?.from ?? 'the first-admin password';
    if (this.configured !== undefined && this.configured.password.length < MIN_PASSWORD_LENGTH)
      throw new Error(`${from} must have at least ${MIN_PASSWORD_LENGTH} characters.`);
    const password = this.configured?.password ?? randomBytes(18).toString('base64url');
    await this.handler.execute(
      new SubmitUserCommand(
        {
          type: 'RegisterUser',
          data: {
            userId: randomUUID(),
            username: 'admin',
            displayName: 'Administrator',
            role: 'admin',
            registeredOn: businessToday(this.clock),
          },
          password,
        },
        { commandId: randomUUID(), correlationId: randomUUID(), actor: SYSTEM_ACTOR },
      ),
    );
    this.logger.warn(
      this.configured === undefined
        ? `No accounts yet: created "admin" with password ${password} — shown once; change it.`
        : `No accounts yet: created "admin" with the password of ${from}.`,
    );
  }
}
