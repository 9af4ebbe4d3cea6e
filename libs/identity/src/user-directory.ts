import { Inject, Injectable } from '@nestjs/common';
import { streamIds, userDecider, type UserState } from '@hdnd/domain';
import { DeciderExecutor } from '@hdnd/application';
import { CredentialStore } from './credential-store';
import { CREDENTIAL_STORE } from './identity-tokens';
import { PasswordHasher } from './password-hasher';

/** A registered account, active or disabled. */
export type Account = Exclude<UserState, { status: 'none' }>;
/** An account that may sign in and act. */
export type ActiveUser = Account & Readonly<{ status: 'active' }>;

/**
 * Who the users are and what they may do, folded from their streams in the log (so a change of
 * role counts from the moment it is recorded), and the check of a password against its hash.
 */
@Injectable()
export class UserDirectory {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly hasher: PasswordHasher,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
  ) {}

  /** The account if it may sign in and act now; undefined for a disabled or unknown one. */
  async find(userId: string): Promise<ActiveUser | undefined> {
    const account = await this.account(userId);
    return account?.status === 'active' ? (account as ActiveUser) : undefined;
  }

  /** The account as registered, disabled or not: what admins see and change. */
  async account(userId: string): Promise<Account | undefined> {
    const { state } = await this.executor.loadState(streamIds.user(userId), userDecider);
    return state.status === 'none' ? undefined : state;
  }

  async findByUsername(username: string): Promise<Account | undefined> {
    const credential = this.credentials.byUsername(username);
    return credential && this.account(credential.userId);
  }

  /** The user whose password this is, or undefined — the same answer, and time, for any miss. */
  async authenticate(username: string, password: string): Promise<ActiveUser | undefined> {
    const credential = this.credentials.byUsername(username);
    if (!(await this.hasher.verify(credential?.passwordHash, password))) return undefined;
    return this.find(credential!.userId);
  }

  /** Every account the log confirms, disabled ones too, by username (for admins and the ops CLI). */
  async list(): Promise<Account[]> {
    const users = await Promise.all(this.credentials.all().map((c) => this.account(c.userId)));
    return users.filter((user): user is Account => user !== undefined);
  }

  hasAnyAccount(): boolean {
    return this.credentials.count() > 0;
  }
}
