import { Inject, Injectable } from '@nestjs/common';
import { streamIds, userDecider, type UserState } from '@hdnd/domain';
import { DeciderExecutor } from '@hdnd/application';
import { CredentialStore } from './credential-store';
import { CREDENTIAL_STORE } from './identity-tokens';
import { PasswordHasher } from './password-hasher';

export type ActiveUser = Extract<UserState, { status: 'active' }>;

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

  async find(userId: string): Promise<ActiveUser | undefined> {
    const { state } = await this.executor.loadState(streamIds.user(userId), userDecider);
    return state.status === 'active' ? state : undefined;
  }

  async findByUsername(username: string): Promise<ActiveUser | undefined> {
    const credential = this.credentials.byUsername(username);
    return credential && this.find(credential.userId);
  }

  /** The user whose password this is, or undefined — the same answer, and time, for any miss. */
  async authenticate(username: string, password: string): Promise<ActiveUser | undefined> {
    const credential = this.credentials.byUsername(username);
    if (!(await this.hasher.verify(credential?.passwordHash, password))) return undefined;
    return this.find(credential!.userId);
  }

  /** Every account the log confirms, by username (for admins and the ops CLI). */
  async list(): Promise<ActiveUser[]> {
    const users = await Promise.all(this.credentials.all().map((c) => this.find(c.userId)));
    return users.filter((user): user is ActiveUser => user !== undefined);
  }

  hasAnyAccount(): boolean {
    return this.credentials.count() > 0;
  }
}
