import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  DomainRuleViolation,
  streamIds,
  userDecider,
  type ChooseNotices,
  type DisableUser,
  type EnableUser,
  type GrantRole,
  type RegisterUser,
  type ResetPassword,
  type UserCommand,
} from '@hdnd/domain';
import {
  CLOCK,
  DeciderExecutor,
  Standings,
  type Clock,
  type CommandContext,
  type CommandResult,
} from '@hdnd/application';
import { CredentialStore } from './credential-store';
import { DisabledAccounts } from './disabled-accounts';
import { CREDENTIAL_STORE } from './identity-tokens';
import { PasswordHasher } from './password-hasher';

/** A reservation the log has not confirmed after this long was left by a crash: it may be taken. */
const RESERVATION_TTL_MS = 60_000;

type WithoutAgency<T extends { data: object }> = Omit<T, 'data'> & {
  data: Omit<T['data'], 'agency'>;
};

/** User commands as callers send them: the password travels beside the command, never in it. */
export type UserInput =
  | (WithoutAgency<RegisterUser> & { password: string })
  | WithoutAgency<GrantRole>
  | (ResetPassword & { password: string })
  | DisableUser
  | EnableUser
  | ChooseNotices;

export class SubmitUserCommand extends Command<CommandResult> {
  constructor(
    readonly input: UserInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Opens accounts, changes grants, resets passwords, records the notices a user chose. The log records each as a fact with its
 * actor; the hash goes to the credential store — after the fact for a reset (no password
 * changes without a record), before it for a new account (the username must be claimed first).
 */
@CommandHandler(SubmitUserCommand)
export class SubmitUserCommandHandler implements ICommandHandler<SubmitUserCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    private readonly hasher: PasswordHasher,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly accounts: DisabledAccounts,
  ) {}

  async execute({ input, context }: SubmitUserCommand): Promise<CommandResult> {
    const { userId } = input.data;
    // Whoever disables an account is its actor: the domain never sees who sends a command, so
    // the one rule about the sender is kept here, beside the command's other context.
    if (input.type === 'DisableUser' && context.actor.userId === userId)
      throw new DomainRuleViolation('user.disable-self', 'You cannot disable your own account.');
    const streamId = streamIds.user(userId);
    const passwordHash = 'password' in input ? await this.hasher.hash(input.password) : undefined;
    let reserved = false;
    try {
      const result = await this.executor.execute({
        streamId,
        decider: userDecider,
        context,
        mustExist: input.type === 'RegisterUser' ? undefined : { kind: 'user', id: userId },
        answer: { id: userId },
        command: async (): Promise<UserCommand> => {
          switch (input.type) {
            case 'RegisterUser':
              reserved = await this.reserve(input.data.username, userId, passwordHash!);
              return { ...input, data: { ...input.data, ...(await this.bindingsOf(input.data)) } };
            case 'GrantRole':
              return { ...input, data: { ...input.data, ...(await this.bindingsOf(input.data)) } };
            case 'ResetPassword':
              return { type: input.type, data: input.data };
            case 'DisableUser':
            case 'EnableUser':
            case 'ChooseNotices':
              return input;
          }
        },
      });
      if (input.type === 'ResetPassword' && !result.replayed)
        this.credentials.setPasswordHash(userId, passwordHash!);
      // This process's guard sees the change on the very next request, not after its cache ages.
      this.accounts.forget(userId);
      return result;
    } catch (error) {
      if (reserved && (await this.neverRecorded(streamId))) this.credentials.release(userId);
      throw error;
    }
  }

  /** The agency and delegations a grant names, as the log knows them, for the decider to check. */
  private async bindingsOf(grant: { agencyId?: string; delegationIds?: readonly string[] }) {
    const { agencyId, delegationIds } = grant;
    return {
      ...(agencyId !== undefined && { agency: await this.standings.agency(agencyId) }),
      ...(Array.isArray(delegationIds) && {
        delegations: await Promise.all(
          delegationIds.map(async (id) => {
            const { recorded } = await this.standings.source({
              kind: 'delegation',
              id: String(id),
            });
            return { delegationId: String(id), established: recorded };
          }),
        ),
      }),
    };
  }

  /** Claims the username, or takes over a stale claim whose account the log never recorded. */
  private async reserve(username: string, userId: string, passwordHash: string): Promise<boolean> {
    const claim = { userId, username, passwordHash, reservedAt: this.clock.now().toISOString() };
    if (this.credentials.reserve(claim)) return true;
    const holder = this.credentials.byUsername(username);
    const stale =
      holder !== undefined &&
      this.clock.now().getTime() - Date.parse(holder.reservedAt) > RESERVATION_TTL_MS &&
      (await this.neverRecorded(streamIds.user(holder.userId)));
    if (stale && this.credentials.takeOver(claim, holder.userId)) return true;
    throw new DomainRuleViolation('user.username-taken', `The username ${username} is taken.`);
  }

  private async neverRecorded(streamId: string): Promise<boolean> {
    const { revision } = await this.executor.loadState(streamId, userDecider).catch(() => ({
      revision: 0n,
    }));
    return revision === 'no-stream';
  }
}
