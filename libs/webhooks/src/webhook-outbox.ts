import type Database from 'better-sqlite3';
import { openDurableConnection } from '@hdnd/event-store';

/** One delivery owed: an event, to one webhook, with its attempts so far. */
export interface OwedDelivery {
  readonly eventId: string;
  readonly webhookId: string;
  readonly eventType: string;
  readonly payload: string;
  readonly attempts: number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS webhook_secrets (
    webhook_id TEXT PRIMARY KEY,
    secret     TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS webhook_outbox (
    event_id   TEXT NOT NULL,
    webhook_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    payload    TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    next_at    INTEGER NOT NULL,
    status     TEXT NOT NULL DEFAULT 'owed',
    last_error TEXT,
    PRIMARY KEY (event_id, webhook_id)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS webhook_outbox_due ON webhook_outbox (status, next_at);
  CREATE TABLE IF NOT EXISTS webhook_checkpoint (
    name     TEXT PRIMARY KEY,
    position TEXT NOT NULL
  ) STRICT;
`;

/**
 * `DATA_DIR/webhooks.sqlite`: the signing secrets (never in the log), and the outbox — what is
 * owed to which endpoint — written in the same transaction as the log position it was read
 * up to. A crash re-reads from that position and finds the rows already there (one per event and
 * webhook), so a delivery is neither lost nor owed twice.
 */
export class WebhookOutbox {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openDurableConnection(file);
    this.db.exec(SCHEMA);
  }

  setSecret(webhookId: string, secret: string): void {
    this.db
      .prepare('INSERT INTO webhook_secrets (webhook_id, secret) VALUES (?, ?)')
      .run(webhookId, secret);
  }

  secretOf(webhookId: string): string | undefined {
    return this.db
      .prepare<[string], { secret: string }>(
        'SELECT secret FROM webhook_secrets WHERE webhook_id = ?',
      )
      .get(webhookId)?.secret;
  }

  webhookIds(): string[] {
    return this.db
      .prepare<[], { webhook_id: string }>(
        'SELECT webhook_id FROM webhook_secrets ORDER BY webhook_id',
      )
      .all()
      .map((r) => r.webhook_id);
  }

  checkpoint(): bigint {
    const row = this.db
      .prepare<[], { position: string }>(
        "SELECT position FROM webhook_checkpoint WHERE name = 'dispatch'",
      )
      .get();
    return row ? BigInt(row.position) : 0n;
  }

  /** Records what an event owes, and that the log was read up to it, at once. */
  owe(position: bigint, deliveries: readonly Omit<OwedDelivery, 'attempts'>[], now: number): void {
    const insert = this.db.prepare(
      `INSERT INTO webhook_outbox (event_id, webhook_id, event_type, payload, next_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const advance = this.db.prepare(
      `INSERT INTO webhook_checkpoint (name, position) VALUES ('dispatch', ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
    );
    this.db.transaction(() => {
      for (const d of deliveries) insert.run(d.eventId, d.webhookId, d.eventType, d.payload, now);
      advance.run(position.toString());
    })();
  }

  due(now: number, limit = 20): OwedDelivery[] {
    return this.db
      .prepare<
        [number, number],
        {
          event_id: string;
          webhook_id: string;
          event_type: string;
          payload: string;
          attempts: number;
        }
      >(
        `SELECT event_id, webhook_id, event_type, payload, attempts FROM webhook_outbox
         WHERE status = 'owed' AND next_at <= ? ORDER BY next_at LIMIT ?`,
      )
      .all(now, limit)
      .map((r) => ({
        eventId: r.event_id,
        webhookId: r.webhook_id,
        eventType: r.event_type,
        payload: r.payload,
        attempts: r.attempts,
      }));
  }

  delivered(d: OwedDelivery): void {
    this.db
      .prepare(
        "UPDATE webhook_outbox SET status = 'delivered', attempts = attempts + 1 WHERE event_id = ? AND webhook_id = ?",
      )
      .run(d.eventId, d.webhookId);
  }

  retryLater(d: OwedDelivery, nextAt: number, error: string): void {
    this.db
      .prepare(
        'UPDATE webhook_outbox SET attempts = attempts + 1, next_at = ?, last_error = ? WHERE event_id = ? AND webhook_id = ?',
      )
      .run(nextAt, error, d.eventId, d.webhookId);
  }

  failed(d: OwedDelivery, error: string): void {
    this.db
      .prepare(
        "UPDATE webhook_outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE event_id = ? AND webhook_id = ?",
      )
      .run(error, d.eventId, d.webhookId);
  }

  close(): void {
    this.db.close();
  }
}
