import type Database from 'better-sqlite3';
import { eventHash, GENESIS_HASH } from '../hashing/event-hash';
import { LOG_GENESIS, nextLogHash } from '../hashing/log-chain';
import { ConcurrencyConflict, DuplicateEventId, IdempotencyKeyTaken } from '../port/errors';
import type { AppendResult, ExpectedRevision, IdempotencyRecordInput } from '../port/event-store';
import type { EncodedEvent } from './event-encoding';
import { isBusy, isUniqueViolation } from './sqlite-errors';

export interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly EncodedEvent[];
  readonly expected: ExpectedRevision;
  readonly idempotency?: IdempotencyRecordInput;
}

/** A refusal (conflict, duplicate id) fails one append; anything else fails the transaction. */
export type AppendOutcome =
  | { readonly ok: true; readonly result: AppendResult }
  | { readonly ok: false; readonly refusal: Refusal };

type Refusal = ConcurrencyConflict | DuplicateEventId | IdempotencyKeyTaken;

const isRefusal = (error: unknown): error is Refusal =>
  error instanceof ConcurrencyConflict ||
  error instanceof DuplicateEventId ||
  error instanceof IdempotencyKeyTaken;

type StreamHead = { readonly revision: bigint; readonly hash: string };

interface Remembered {
  /** data_version when it was true: valid while it has not changed. */
  readonly version: number;
  readonly logHead: string;
  readonly heads: Map<string, StreamHead>;
}

/** Streams whose last event is remembered; beyond this the least recent are read again. */
const REMEMBERED_STREAMS = 10_000;

/**
 * Writes a group of appends in one transaction: one fsync for all of them.
 *
 * Each append is checked in full — expected revision, event ids not yet in the log — before
 * any of its rows is written, so a refused append leaves nothing behind and the others in the
 * group go on. No savepoints are needed; a failure that no check foresaw (a full disk) fails
 * the whole transaction and so every append in it, which is still all-or-nothing for each.
 */
export class AppendWriter {
  private readonly streamHead;
  private readonly eventExists;
  private readonly insert;
  private readonly keyExists;
  private readonly insertKey;
  private readonly lastLogHash;
  /** The log chain's last link, read at the start of each transaction and carried through it. */
  private logHead = LOG_GENESIS;
  private readonly dataVersion;
  /**
   * What the last commit left — the log's last link, the last event of the streams it wrote —
   * kept while `data_version` says no other connection has committed since. Read inside each
   * transaction, so a write from elsewhere is always seen; it saves a query per transaction and
   * one per append.
   */
  private remembered: Remembered | undefined;
  /** The remembered state this transaction may use, and the heads it has written so far. */
  private known: Remembered | undefined;
  /** `data_version` as this transaction read it, before any of its writes. */
  private version = 0;
  private written = new Map<string, StreamHead>();
  readonly commit: (batch: readonly PendingAppend[]) => AppendOutcome[];

  constructor(db: Database.Database) {
    this.streamHead = db
      .prepare<[string], StreamHead>(
        'SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
      )
      .safeIntegers(true);
    this.eventExists = db
      .prepare<[string], number>('SELECT 1 FROM events WHERE event_id = ?')
      .pluck();
    this.insert = db.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at, hash, log_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.lastLogHash = db
      .prepare<[], string | null>('SELECT log_hash FROM events ORDER BY position DESC LIMIT 1')
      .pluck();
    this.keyExists = db
      .prepare<[string], number>('SELECT 1 FROM idempotency_keys WHERE key = ?')
      .pluck();
    this.insertKey = db.prepare(
      'INSERT INTO idempotency_keys (key, fingerprint, stream_id, revision, position, answer) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    const inTransaction = db.transaction((batch: readonly PendingAppend[]) => {
      // Read inside the transaction: another process may have appended since the last one.
      const version = this.dataVersion.get()!;
      this.version = version;
      this.known = this.remembered?.version === version ? this.remembered : undefined;
      this.written = new Map();
      this.logHead = this.known?.logHead ?? this.lastLogHash.get() ?? LOG_GENESIS;
      return batch.map((append): AppendOutcome => {
        try {
          const shared = batch.length > 1;
          return { ok: true, result: this.insertAll(append, this.check(append, shared), shared) };
        } catch (error) {
          // A refusal leaves nothing of its append written (see check and insertAll). Alone in
          // its transaction, it is the transaction's: let it roll back. Any other failure fails
          // the whole transaction, so no append is ever left half-written.
          if (batch.length === 1 || !isRefusal(error)) throw error;
          return { ok: false, refusal: error };
        }
      });
    });
    // A deferred BEGIN is measurably cheaper than IMMEDIATE (about 8 % on 100-event appends).
    // If another process wrote since this transaction's first read, SQLite refuses the upgrade
    // to a write (SQLITE_BUSY*): then the whole group runs again under IMMEDIATE, which takes
    // the write lock first (waiting the busy timeout) and re-checks everything.
    const run = (batch: readonly PendingAppend[]) => {
      try {
        return inTransaction.deferred(batch);
      } catch (error) {
        if (!isBusy(error)) throw error;
        return inTransaction.immediate(batch);
      }
    };
    this.commit = (batch) => {
      try {
        const outcomes = run(batch);
        this.remember();
        return outcomes;
      } catch (error) {
        this.remembered = undefined;
        throw error;
      }
    };
  }

  /**
   * After a commit: what it wrote is the log's state until another connection writes. Kept
   * under the version the transaction read, not one read now: a connection's own commits leave
   * its `data_version` as it was, while another process may have appended since this commit —
   * a version read now would hide that append, and the next transaction would link its events
   * to a log head that is no longer the last (append-writer.int.spec.ts).
   */
  private remember(): void {
    const heads = this.known?.heads ?? new Map<string, StreamHead>();
    for (const [streamId, head] of this.written) {
      heads.delete(streamId);
      heads.set(streamId, head);
    }
    while (heads.size > REMEMBERED_STREAMS) heads.delete(heads.keys().next().value!);
    this.remembered = { version: this.version, logHead: this.logHead, heads };
  }

  /** Refuses the append, before anything is written, if the log is not as it expects. */
  private check(append: PendingAppend, shared: boolean): StreamHead | undefined {
    const { streamId, expected, events } = append;
    const head =
      this.written.get(streamId) ??
      this.known?.heads.get(streamId) ??
      this.streamHead.get(streamId);
    const actual = head ? head.revision : ('no-stream' as const);
    if (
      (expected === 'no-stream' && head !== undefined) ||
      (expected === 'stream-exists' && head === undefined) ||
      (typeof expected === 'bigint' && actual !== expected)
    ) {
      throw new ConcurrencyConflict(streamId, expected, actual);
    }
    // Sharing the transaction with others, an append of several events must not fail half-way
    // on a duplicate id: look first. A single event's duplicate is refused by the UNIQUE
    // constraint before anything of it is written (see insertAll), and an append alone in its
    // transaction rolls back with it.
    if (shared && events.length > 1) {
      for (const e of events)
        if (this.eventExists.get(e.eventId) !== undefined) throw new DuplicateEventId(e.eventId);
    }
    if (append.idempotency && this.keyExists.get(append.idempotency.key) !== undefined) {
      throw new IdempotencyKeyTaken(append.idempotency.key);
    }
    return head;
  }

  private insertAll(
    append: PendingAppend,
    head: StreamHead | undefined,
    shared: boolean,
  ): AppendResult {
    const { streamId, events } = append;
    // Revisions stay far below 2^53: plain numbers are cheaper to bind and hash than BigInts.
    let revision = head ? Number(head.revision) : -1;
    let previousHash = head ? head.hash : GENESIS_HASH;
    let position = 0;
    let logHead = this.logHead;
    for (const e of events) {
      revision += 1;
      const hash = eventHash({
        streamId,
        revision,
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        dataJson: e.dataJson,
        metadataJson: e.metadataJson,
        previousHash,
      });
      try {
        const info = this.insert.run(
          e.eventId,
          streamId,
          revision,
          e.type,
          e.schemaVersion,
          e.dataJson,
          e.metadataJson,
          e.recordedAt,
          hash,
          (logHead = nextLogHash(logHead, hash)),
        );
        position = Number(info.lastInsertRowid);
      } catch (error) {
        // A refusal, when nothing of this append is written yet or the transaction is its alone.
        // Otherwise (check looked first, so it should not happen) the transaction fails whole.
        const clean = position === 0 || !shared;
        if (clean && isUniqueViolation(error, 'events.event_id'))
          throw new DuplicateEventId(e.eventId);
        throw error;
      }
      previousHash = hash;
    }
    // Only now: a refusal half-way leaves the chain where it was (its rows are not written).
    this.logHead = logHead;
    this.written.set(streamId, { revision: BigInt(revision), hash: previousHash });
    const { idempotency } = append;
    if (idempotency) {
      const { key, fingerprint, answer } = idempotency;
      this.insertKey.run(key, fingerprint, streamId, revision, position, JSON.stringify(answer));
    }
    return { streamId, revision: BigInt(revision), position: BigInt(position) };
  }
}
