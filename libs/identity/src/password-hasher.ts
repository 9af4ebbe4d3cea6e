import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's Password Storage Cheat Sheet parameters (19 MiB, 2 iterations, 1 lane):
 * about 20–40 ms per hash here, slow for a guesser, bearable for a login.
 */
const OWASP_ARGON2ID = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Passwords shorter than this are refused everywhere a password is set. */
export const MIN_PASSWORD_LENGTH = 12;

@Injectable()
export class PasswordHasher {
  /** Verified when the username is unknown, so that a miss costs what a hit costs. */
  private decoy: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OWASP_ARGON2ID);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    // No account, or one whose password is to be set again (LOCKED_PASSWORD): no password fits.
    if (hash === undefined || !hash.startsWith('$argon2')) {
      this.decoy ??= this.hash('decoy password, never a real one');
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
