import Database from 'better-sqlite3';
import { canonicalJson } from '../../../libs/event-store/src/hashing/canonical-json';
import { eventHash, GENESIS_HASH } from '../../../libs/event-store/src/hashing/event-hash';
import { LOG_GENESIS, nextLogHash } from '../../../libs/event-store/src/hashing/log-chain';
import type { NewEvent } from '../../../libs/event-store/src/port/envelope';
import { CREATE_SCHEMA } from '../../../libs/event-store/src/sqlite/schema';

/** The same rows the adapter writes, encoded beforehand: the baseline measures inserts only. */
export interface RawRow {
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly recordedAt: string;
  readonly hash: string;
  /** The chain over the log, as the adapter links each row it appends (schema version 2). */
  readonly logHash: string;
}

export const rawRows = (events: readonly NewEvent[], streamOf: (i: number) => string): RawRow[] => {
  const revisions = new Map<string, number>();
  const recordedAt = new Date().toISOString();
  let logHash = LOG_GENESIS;
  return events.map((e, i) => {
    const streamId = streamOf(i);
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const dataJson = canonicalJson(e.data);
    const metadataJson = canonicalJson({ ...e.metadata, recordedAt });
    const hash = eventHash({
      streamId,
      revision: BigInt(revision),
      eventId: e.eventId,
      type: e.type,
      schemaVersion: 1,
      dataJson,
      metadataJson,
      previousHash: GENESIS_HASH,
    });
    logHash = nextLogHash(logHash, hash);
    return {
      eventId: e.eventId,
      streamId,
      revision,
      type: e.type,
      dataJson,
      metadataJson,
      recordedAt,
      hash,
      logHash,
    };
  });
};

export interface RawStore {
  readonly db: Database.Database;
  insertEach(rows: readonly RawRow[]): void;
  insertBatches(rows: readonly RawRow[], size: number): void;
  readAll(): number;
}

/** A raw better-sqlite3 connection with the adapter's durability: WAL, synchronous=FULL. */
export const openRaw = (file: string): RawStore => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(CREATE_SCHEMA);
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at, hash, log_hash)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const insertRow = (r: RawRow) =>
    insert.run(
      r.eventId,
      r.streamId,
      r.revision,
      r.type,
      r.dataJson,
      r.metadataJson,
      r.recordedAt,
      r.hash,
      r.logHash,
    );
  const insertMany = db.transaction((rows: readonly RawRow[]) => rows.forEach(insertRow));
  return {
    db: db as Database.Database,
    /** One row per transaction. */
    insertEach: (rows: readonly RawRow[]) => rows.forEach((r) => insertMany([r])),
    /** `size` rows per transaction. */
    insertBatches: (rows: readonly RawRow[], size: number) => {
      for (let i = 0; i < rows.length; i += size) insertMany(rows.slice(i, i + size));
    },
    readAll: () => {
      let n = 0;
      for (const _row of db.prepare('SELECT * FROM events ORDER BY position').raw().iterate()) n++;
      return n;
    },
  };
};
