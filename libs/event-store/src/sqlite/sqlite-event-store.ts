import type Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { canonicalJson } from '../hashing/canonical-json';
import { eventHash, GENESIS_HASH } from '../hashing/event-hash';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import {
  ConcurrencyConflict,
  DuplicateEventId,
  EventStoreUnavailable,
  EventTooLarge,
  InvalidAppend,
} from '../port/errors';
import {
  systemClock,
  type AppendOptions,
  type AppendResult,
  type Clock,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '../port/event-store';
import { catchUpSubscription } from '../subscription/catch-up-subscription';
import { openDurableConnection, readPragmas, type ConnectionPragmas } from './connection';
import { GroupCommitQueue } from './group-commit-queue';
import { CREATE_SCHEMA, EVENT_COLUMNS, SCHEMA_VERSION, type EventRow } from './schema';
import { isUniqueViolation, mapSqliteError } from './sqlite-errors';

export interface SqliteEventStoreOptions {
  /** The database file, e.g. `${DATA_DIR}/events.sqlite`. */
  readonly file: string;
  readonly clock?: Clock;
  /** Largest event accepted, data and metadata encoded: 1 MiB by default. */
  readonly maxEventBytes?: number;
  /** How often a caught-up subscription looks for events written by other processes. */
  readonly pollIntervalMs?: number;
}

/** An event encoded once, when the append is accepted. */
interface EncodedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly recordedAt: string;
}

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly EncodedEvent[];
  readonly expected: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

const PAGE = 1000;
const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

const toRecorded = ([
  position,
  eventId,
  streamId,
  revision,
  type,
  schemaVersion,
  data,
  metadata,
  hash,
]: EventRow): RecordedEvent => ({
  eventId,
  streamId,
  revision,
  position,
  type,
  schemaVersion: Number(schemaVersion),
  data: JSON.parse(data) as unknown,
  metadata: JSON.parse(metadata) as RecordedEvent['metadata'],
  hash,
});

/**
 * The embedded event log: one SQLite file, WAL, synchronous=FULL. Appends that arrive together
 * are group-committed: one transaction, one fsync, each append checked against its own expected
 * revision inside a savepoint, so one conflict fails only its own append.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly clock: Clock;
  private readonly maxEventBytes: number;
  private readonly pollIntervalMs: number;
  private readonly appended = new EventEmitter();
  private readonly queue: GroupCommitQueue<PendingAppend>;
  private readonly statements;
  private readonly commitBatch: (
    batch: PendingAppend[],
  ) => Map<PendingAppend, AppendResult | unknown>;
  private readonly subscriptions = new Set<Subscription>();
  private batches = 0;
  private appendsCommitted = 0;
  private closed = false;

  constructor(options: SqliteEventStoreOptions) {
    this.clock = options.clock ?? systemClock;
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.db = openDurableConnection(options.file);
    this.db.exec(CREATE_SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.appended.setMaxListeners(0);

    const read = (sql: string) =>
      this.db.prepare<unknown[], EventRow>(sql).safeIntegers(true).raw(true);
    this.statements = {
      streamHead: this.db
        .prepare<[string], { revision: bigint; hash: string }>(
          'SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
        )
        .safeIntegers(true),
      insert: this.db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      head: this.db
        .prepare<[], { head: bigint | null }>('SELECT max(position) AS head FROM events')
        .safeIntegers(true),
      allForwards: read(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? ORDER BY position ASC LIMIT ?`,
      ),
      allBackwards: read(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position <= ? ORDER BY position DESC LIMIT ?`,
      ),
      streamForwards: read(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
      ),
      streamBackwards: read(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
    };

    // One savepoint per append inside one IMMEDIATE transaction per batch (better-sqlite3 turns
    // a nested transaction function into a savepoint and rolls back to it when it throws).
    const writeOne = this.db.transaction((append: PendingAppend) => this.write(append));
    const writeBatch = this.db.transaction((batch: PendingAppend[]) => {
      const outcomes = new Map<PendingAppend, AppendResult | unknown>();
      for (const append of batch) {
        try {
          outcomes.set(append, writeOne(append));
        } catch (error) {
          outcomes.set(append, error instanceof Error ? error : new Error(String(error)));
        }
      }
      return outcomes;
    });
    this.commitBatch = (batch) => writeBatch.immediate(batch);
    this.queue = new GroupCommitQueue((batch) => this.flush(batch));
  }

  /** The pragmas in force on this store's connection (journal mode, synchronous level). */
  connectionPragmas(): ConnectionPragmas[] {
    return [readPragmas(this.db)];
  }

  append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreUnavailable('The event log is closed.'));
    let encoded: EncodedEvent[];
    try {
      encoded = this.encode(streamId, events);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) =>
      this.queue.push({
        streamId,
        events: encoded,
        expected: options.expectedRevision,
        resolve,
        reject,
      }),
    );
  }

  async *readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncGenerator<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let from = options.fromRevision ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n);
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    const statement = backwards ? this.statements.streamBackwards : this.statements.streamForwards;
    while (remaining > 0) {
      const rows = this.query(() => statement.all(streamId, from, Math.min(PAGE, remaining)));
      for (const row of rows) yield toRecorded(row);
      remaining -= rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      from = backwards ? last[3] - 1n : last[3] + 1n;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let from = options.fromPosition ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n);
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    const statement = backwards ? this.statements.allBackwards : this.statements.allForwards;
    while (remaining > 0) {
      const rows = this.query(() => statement.all(from, Math.min(PAGE, remaining)));
      for (const row of rows) yield toRecorded(row);
      remaining -= rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      from = backwards ? last[0] - 1n : last[0] + 1n;
    }
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const subscription = catchUpSubscription(
      {
        readPage: async (after, limit) =>
          this.closed
            ? []
            : this.query(() => this.statements.allForwards.all(after + 1n, limit)).map(toRecorded),
        waitForMore: (signal) => this.waitForAppend(signal),
      },
      options,
    );
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  /** How many appends were committed in how many transactions: group commit at work. */
  stats(): { readonly batches: number; readonly appends: number } {
    return { batches: this.batches, appends: this.appendsCommitted };
  }

  async headPosition(): Promise<bigint> {
    return this.query(() => this.statements.head.get()?.head ?? 0n);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Let appends already accepted reach the disk before the connection goes.
    while (this.queue.size > 0) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.subscriptions.clear();
    this.appended.emit('closed');
    this.db.close();
  }

  private encode(streamId: string, events: readonly NewEvent[]): EncodedEvent[] {
    if (streamId.length === 0) throw new InvalidAppend('A stream id is required.');
    if (events.length === 0) throw new InvalidAppend('An append carries at least one event.');
    const recordedAt = this.clock.now().toISOString();
    return events.map((event) => {
      if (!event.type || !event.eventId)
        throw new InvalidAppend('Every event needs an id and a type.');
      const dataJson = canonicalJson(event.data);
      const metadataJson = canonicalJson({ ...event.metadata, recordedAt });
      // A UTF-16 unit is at most 3 UTF-8 bytes: count exactly only when the text could be too big.
      if ((dataJson.length + metadataJson.length) * 3 > this.maxEventBytes) {
        const size = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
        if (size > this.maxEventBytes)
          throw new EventTooLarge(event.eventId, size, this.maxEventBytes);
      }
      return {
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        dataJson,
        metadataJson,
        recordedAt,
      };
    });
  }

  /** Runs inside the batch transaction, in its own savepoint. */
  private write(append: PendingAppend): AppendResult {
    const { streamId, expected } = append;
    const head = this.statements.streamHead.get(streamId);
    const actual = head ? head.revision : ('no-stream' as const);
    const conflict =
      (expected === 'no-stream' && head !== undefined) ||
      (expected === 'stream-exists' && head === undefined) ||
      (typeof expected === 'bigint' && actual !== expected);
    if (conflict) throw new ConcurrencyConflict(streamId, expected, actual);

    // Revisions stay far below 2^53: plain numbers are cheaper to bind and hash than BigInts.
    let revision = head ? Number(head.revision) : -1;
    let previousHash = head ? head.hash : GENESIS_HASH;
    let position = 0;
    for (const e of append.events) {
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
        const info = this.statements.insert.run(
          e.eventId,
          streamId,
          revision,
          e.type,
          e.schemaVersion,
          e.dataJson,
          e.metadataJson,
          e.recordedAt,
          hash,
        );
        position = Number(info.lastInsertRowid);
      } catch (error) {
        if (isUniqueViolation(error, 'events.event_id')) throw new DuplicateEventId(e.eventId);
        if (isUniqueViolation(error, 'events.stream_id'))
          throw new ConcurrencyConflict(streamId, expected, actual);
        throw error;
      }
      previousHash = hash;
    }
    return { streamId, revision: BigInt(revision), position: BigInt(position) };
  }

  private flush(batch: PendingAppend[]): void {
    let outcomes: Map<PendingAppend, AppendResult | unknown>;
    try {
      outcomes = this.commitBatch(batch);
    } catch (error) {
      // The commit itself failed: nothing of this batch is in the log.
      const mapped = mapSqliteError(error);
      for (const append of batch) append.reject(mapped);
      return;
    }
    this.batches += 1;
    for (const append of batch) {
      const outcome = outcomes.get(append);
      if (!(outcome instanceof Error)) this.appendsCommitted += 1;
      if (outcome instanceof Error) append.reject(mapSqliteError(outcome));
      else append.resolve(outcome as AppendResult);
    }
    this.appended.emit('appended');
  }

  private query<T>(run: () => T): T {
    if (this.closed) throw new EventStoreUnavailable('The event log is closed.');
    try {
      return run();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  private waitForAppend(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.appended.off('appended', done);
        this.appended.off('closed', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      // The poll also finds events other processes wrote to the same file.
      const timer = setTimeout(done, this.pollIntervalMs);
      this.appended.once('appended', done);
      this.appended.once('closed', done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
