import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@hdnd/application';
import { UserDirectory } from './user-directory';

/**
 * How long a process trusts what it last read about an account. A change recorded by this
 * process is seen at once (its command handler forgets the account); one recorded by another
 * process — the ops CLI, a second api — within this many milliseconds.
 */
export const ACCOUNT_STANDING_TTL_MS = 5_000;

/**
 * Whether an account is disabled, asked by the auth guard on every request: a disabled
 * account's tokens stop working although they have not expired. The answer is read from the
 * account's stream in the log and remembered for a few seconds, so a busy session costs no read.
 */
@Injectable()
export class DisabledAccounts {
  private readonly known = new Map<string, { disabled: boolean; readAtMs: number }>();

  constructor(
    private readonly users: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** True when the account is disabled — or no longer exists, which a token must not outlive. */
  async isDisabled(userId: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    const known = this.known.get(userId);
    if (known && now - known.readAtMs < ACCOUNT_STANDING_TTL_MS) return known.disabled;
    const disabled = (await this.users.find(userId)) === undefined;
    this.known.set(userId, { disabled, readAtMs: now });
    return disabled;
  }

  forget(userId: string): void {
    this.known.delete(userId);
  }
}
