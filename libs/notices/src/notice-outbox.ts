import type Database from 'better-sqlite3';
import { openDurableConnection } from '@hdnd/event-store';
import { dayAfter, type DigestKey, type NoticeFacts, type NoticeLine } from './notice-line';

/** A digest given up after its last attempt, for the admin. */
export interface DigestFailure extends DigestKey {
  readonly reason: string;
  readonly attempts: number;
  readonly failedAt: string;
  readonly lines: number;
}

/** A digest owed, with its attempts so far. */
export interface OwedDigest extends DigestKey {
  readonly attempts: number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS notice_recipients (
    user_id TEXT PRIMARY KEY
  ) STRICT;
  CREATE TABLE IF NOT EXISTS notice_lines (
    user_id  TEXT NOT NULL,
    event_id TEXT NOT NULL,
    day      TEXT NOT NULL,
    facts    TEXT NOT NULL,
    PRIMARY KEY (user_id, event_id)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS notice_lines_digest ON notice_lines (user_id, day);
  CREATE INDEX IF NOT EXISTS notice_lines_day ON notice_lines (day);
  CREATE TABLE IF NOT EXISTS notice_digests (
    user_id     TEXT NOT NULL,
    day         TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'owed',
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     INTEGER NOT NULL,
    last_error  TEXT,
    finished_at TEXT,
    PRIMARY KEY (user_id, day)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS notice_digests_due ON notice_digests (status, next_at);
  CREATE TABLE IF NOT EXISTS notice_checkpoint (
    name     TEXT PRIMARY KEY,
    position TEXT NOT NULL
  ) STRICT;
`;

/**
 * `DATA_DIR/notices.sqlite`: the lines owed to each person (one per fact and person), written
 * in the same transaction as the log position they were read up to, and the digests — one per
 * person and day — with what became of each. A line lands in the digest of its day unless that
 * digest was already closed (composed and sent, or queued): then in the next day's, so a fact
 * recorded after the morning's digest goes out the next morning, and nobody gets two in a day.
 */
export class NoticeOutbox {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openDurableConnection(file);
    this.db.exec(SCHEMA);
  }

  checkpoint(): bigint {
    const row = this.db
      .prepare<[], { position: string }>(
        "SELECT position FROM notice_checkpoint WHERE name = 'dispatch'",
      )
      .get();
    return row ? BigInt(row.position) : 0n;
  }

  /** The accounts the dispatcher has seen, whose standing it folds again at start. */
  recipientIds(): string[] {
    return this.db
      .prepare<[], { user_id: string }>('SELECT user_id FROM notice_recipients ORDER BY user_id')
      .all()
      .map((r) => r.user_id);
  }

  /** Records the lines an event owes and the accounts seen, and that the log was read up to it. */
  owe(position: bigint, lines: readonly NoticeLine[], seenUserIds: readonly string[] = []): void {
    const closed = this.db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM notice_digests WHERE user_id = ? AND day = ?',
    );
    const insert = this.db.prepare(
      `INSERT INTO notice_lines (user_id, event_id, day, facts) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    const seen = this.db.prepare(
      'INSERT INTO notice_recipients (user_id) VALUES (?) ON CONFLICT DO NOTHING',
    );
    const advance = this.db.prepare(
      `INSERT INTO notice_checkpoint (name, position) VALUES ('dispatch', ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
    );
    // IMMEDIATE: a worker closing digests in another process waits for this, and the other way
    // round, so a line is either in a digest when it is closed or in the next day's.
    this.db
      .transaction(() => {
        for (const line of lines) {
          let day = line.day;
          while (closed.get(line.userId, day)) day = dayAfter(day);
          insert.run(line.userId, line.eventId, day, JSON.stringify(line.facts));
        }
        for (const userId of seenUserIds) seen.run(userId);
        advance.run(position.toString());
      })
      .immediate();
  }

  /**
   * Closes every digest of `throughDay` or before that has lines and is not closed yet: from
   * now on it holds what it holds. Answers the digests closed.
   */
  closeDigests(throughDay: string, now: number): DigestKey[] {
    const open = this.db.prepare<[string], { user_id: string; day: string }>(
      `SELECT DISTINCT l.user_id, l.day FROM notice_lines l
       WHERE l.day <= ? AND NOT EXISTS (
         SELECT 1 FROM notice_digests d WHERE d.user_id = l.user_id AND d.day = l.day)
       ORDER BY l.day, l.user_id`,
    );
    const insert = this.db.prepare(
      'INSERT INTO notice_digests (user_id, day, next_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    return this.db
      .transaction(() =>
        open.all(throughDay).map(({ user_id, day }) => {
          insert.run(user_id, day, now);
          return { userId: user_id, day };
        }),
      )
      .immediate();
  }

  /** The facts of one digest, oldest first. */
  linesOf({ userId, day }: DigestKey): { eventId: string; facts: NoticeFacts }[] {
    return this.db
      .prepare<[string, string], { event_id: string; facts: string }>(
        'SELECT event_id, facts FROM notice_lines WHERE user_id = ? AND day = ? ORDER BY rowid',
      )
      .all(userId, day)
      .map((r) => ({ eventId: r.event_id, facts: JSON.parse(r.facts) as NoticeFacts }));
  }

  statusOf({ userId, day }: DigestKey): string | undefined {
    return this.db
      .prepare<[string, string], { status: string }>(
        'SELECT status FROM notice_digests WHERE user_id = ? AND day = ?',
      )
      .get(userId, day)?.status;
  }

  due(now: number, limit = 20): OwedDigest[] {
    return this.db
      .prepare<[number, number], { user_id: string; day: string; attempts: number }>(
        `SELECT user_id, day, attempts FROM notice_digests
         WHERE status = 'owed' AND next_at <= ? ORDER BY next_at LIMIT ?`,
      )
      .all(now, limit)
      .map((r) => ({ userId: r.user_id, day: r.day, attempts: r.attempts }));
  }

  /** Sent, or `dropped` (the person has no address now, or no longer wants these). */
  finished(key: DigestKey, status: 'sent' | 'dropped', at: Date, note?: string): void {
    this.db
      .prepare(
        `UPDATE notice_digests SET status = ?, attempts = attempts + 1, finished_at = ?,
         last_error = ? WHERE user_id = ? AND day = ?`,
      )
      .run(status, at.toISOString(), note ?? null, key.userId, key.day);
  }

  retryLater(key: DigestKey, nextAt: number, error: string): void {
    this.db
      .prepare(
        `UPDATE notice_digests SET attempts = attempts + 1, next_at = ?, last_error = ?
         WHERE user_id = ? AND day = ?`,
      )
      .run(nextAt, error, key.userId, key.day);
  }

  failed(key: DigestKey, error: string, attempts: number, at: Date): void {
    this.db
      .prepare(
        `UPDATE notice_digests SET status = 'failed', attempts = ?, last_error = ?,
         finished_at = ? WHERE user_id = ? AND day = ?`,
      )
      .run(attempts, error, at.toISOString(), key.userId, key.day);
  }

  failures(): DigestFailure[] {
    return this.db
      .prepare<
        [],
        {
          user_id: string;
          day: string;
          attempts: number;
          last_error: string | null;
          finished_at: string | null;
          lines: number;
        }
      >(
        `SELECT d.user_id, d.day, d.attempts, d.last_error, d.finished_at,
           (SELECT COUNT(*) FROM notice_lines l WHERE l.user_id = d.user_id AND l.day = d.day) AS lines
         FROM notice_digests d WHERE d.status = 'failed' ORDER BY d.day DESC, d.user_id`,
      )
      .all()
      .map((r) => ({
        userId: r.user_id,
        day: r.day,
        attempts: r.attempts,
        reason: r.last_error ?? '',
        failedAt: r.finished_at ?? '',
        lines: r.lines,
      }));
  }

  close(): void {
    this.db.close();
  }
}
