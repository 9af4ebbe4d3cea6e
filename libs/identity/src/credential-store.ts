import type Database from 'better-sqlite3';
import { openDurableConnection } from '@hdnd/event-store';

/** A username and the hash of its password: the one thing about a user kept outside the log. */
export interface Credential {
  readonly userId: string;
  readonly username: string;
  readonly passwordHash: string;
  /** ISO instant the username was reserved; a reservation never confirmed by the log expires. */
  readonly reservedAt: string;
}

/**
 * The hash of an account no password opens: one restored from an exported log, whose hash was
 * never in the log. An admin sets a new one (users:reset-password) before it can sign in.
 */
export const LOCKED_PASSWORD = '!locked';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS credentials (
    user_id       TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    reserved_at   TEXT NOT NULL
  ) STRICT;
`;

interface Row {
  user_id: string;
  username: string;
  password_hash: string;
  reserved_at: string;
}

const credentialOf = (row: Row | undefined): Credential | undefined =>
  row && {
    userId: row.user_id,
    username: row.username,
    passwordHash: row.password_hash,
    reservedAt: row.reserved_at,
  };

/**
 * Password hashes, in `identity.sqlite` beside the log and never in it: the log is evidence
 * shown to auditors, and a hash there could never be taken back. The username's UNIQUE index
 * is what stops two accounts from sharing a name, across processes.
 */
export class CredentialStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string) {
    this.db = openDurableConnection(file);
    this.db.exec(SCHEMA);
    this.statements = {
      byUsername: this.db.prepare<[string], Row>('SELECT * FROM credentials WHERE username = ?'),
      byUserId: this.db.prepare<[string], Row>('SELECT * FROM credentials WHERE user_id = ?'),
      all: this.db.prepare<[], Row>('SELECT * FROM credentials ORDER BY username'),
      count: this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM credentials'),
      reserve: this.db.prepare(
        `INSERT INTO credentials (user_id, username, password_hash, reserved_at)
         VALUES (@userId, @username, @passwordHash, @reservedAt)
         ON CONFLICT DO NOTHING`,
      ),
      takeOver: this.db.prepare(
        `UPDATE credentials SET user_id = @userId, password_hash = @passwordHash,
         reserved_at = @reservedAt WHERE username = @username AND user_id = @previous`,
      ),
      setHash: this.db.prepare('UPDATE credentials SET password_hash = ? WHERE user_id = ?'),
      release: this.db.prepare('DELETE FROM credentials WHERE user_id = ?'),
    };
  }

  byUsername(username: string): Credential | undefined {
    return credentialOf(this.statements.byUsername.get(username));
  }

  byUserId(userId: string): Credential | undefined {
    return credentialOf(this.statements.byUserId.get(userId));
  }

  all(): Credential[] {
    return this.statements.all.all().map((row) => credentialOf(row)!);
  }

  count(): number {
    return this.statements.count.get()!.n;
  }

  /** Claims the username for this user; false when another account holds it. */
  reserve(credential: Credential): boolean {
    if (this.statements.reserve.run(credential).changes === 1) return true;
    return this.byUsername(credential.username)?.userId === credential.userId;
  }

  /** Takes a username over from a reservation the log never confirmed (a crash between the two). */
  takeOver(credential: Credential, previousUserId: string): boolean {
    return this.statements.takeOver.run({ ...credential, previous: previousUserId }).changes === 1;
  }

  setPasswordHash(userId: string, passwordHash: string): void {
    this.statements.setHash.run(passwordHash, userId);
  }

  /** Drops a reservation whose account was never recorded in the log. */
  release(userId: string): void {
    this.statements.release.run(userId);
  }

  close(): void {
    this.db.close();
  }
}
