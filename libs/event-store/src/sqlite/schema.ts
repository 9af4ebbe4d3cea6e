/**
 * The log is one table. `position` is the rowid (INTEGER PRIMARY KEY), so the whole log is read
 * in order from the table's own B-tree; AUTOINCREMENT means a position is never handed out twice,
 * even if the tail were cut. The two UNIQUE constraints are the last line of defence behind the
 * adapter's own checks: no two events at one (stream, revision), no event id twice.
 */
/** 2: `log_hash`, the chain over the whole log (hashing/log-chain.ts), added to version 1 logs at open. */
export const SCHEMA_VERSION = 2;

export const CREATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id       TEXT    NOT NULL,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL CHECK (revision >= 0),
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL,
  hash           TEXT    NOT NULL,
  log_hash       TEXT,
  UNIQUE (stream_id, revision),
  UNIQUE (event_id)
) STRICT;
`;

/**
 * Idempotency keys, written in the same transaction as the events they answer for: a retried
 * command finds its key after any crash or restart. Kept as long as the log.
 */
export const CREATE_IDEMPOTENCY = `
CREATE TABLE IF NOT EXISTS idempotency_keys (
  key          TEXT    PRIMARY KEY,
  fingerprint  TEXT    NOT NULL,
  stream_id    TEXT    NOT NULL,
  revision     INTEGER NOT NULL,
  position     INTEGER NOT NULL,
  answer       TEXT    NOT NULL
) STRICT;
`;

/** Read as arrays (better-sqlite3 raw mode, faster than objects), in EVENT_COLUMNS order. */
export type EventRow = [
  position: bigint,
  eventId: string,
  streamId: string,
  revision: bigint,
  type: string,
  schemaVersion: bigint,
  data: string,
  metadata: string,
  hash: string,
  logHash: string | null,
];

export const EVENT_COLUMNS =
  'position, event_id, stream_id, revision, type, schema_version, data, metadata, hash, log_hash';
