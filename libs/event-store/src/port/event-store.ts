import type { NewEvent, RecordedEvent } from './envelope';

/**
 * What the writer expects of the stream, as in EventStoreDB:
 * `any` — no check; `no-stream` — the stream must not exist; `stream-exists` — it must;
 * a bigint — its last revision must be exactly that.
 */
export type ExpectedRevision = 'any' | 'no-stream' | 'stream-exists' | bigint;

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  /** Record this key with the append, in the same transaction: a retry finds it and appends nothing. */
  readonly idempotency?: IdempotencyRecordInput;
}

/**
 * What a client's Idempotency-Key stands for: the request it came with (a fingerprint) and the
 * answer it got. Kept durably with the events, so a retry after a crash or a restart still
 * finds it — EventStoreDB's event-id cache is neither durable nor applied to every mode.
 */
export interface IdempotencyRecordInput {
  readonly key: string;
  /** A hash of the request (method, path, body): the same key with another request is refused. */
  readonly fingerprint: string;
  /** What the caller needs to answer again besides the append's result (ids it made). */
  readonly answer: Readonly<Record<string, unknown>>;
}

export interface IdempotencyRecord extends IdempotencyRecordInput {
  /**
   * Where the append landed. Absent only where a store claims a key before appending (the
   * EventStoreDB adapter) and the append has not landed — yet, or ever: a retry may go on.
   */
  readonly result?: AppendResult;
}

export interface AppendResult {
  readonly streamId: string;
  /** The stream's revision after the append (the last event's revision). */
  readonly revision: bigint;
  /** The log position of the last event appended. */
  readonly position: bigint;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  readonly direction?: Direction;
  /** Inclusive; defaults to the first (forwards) or last (backwards) revision. */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  readonly direction?: Direction;
  /** Inclusive; defaults to the start (forwards) or the head (backwards). */
  readonly fromPosition?: bigint;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Deliver events after this position (exclusive), e.g. a projection's checkpoint. Omitted: from the start. */
  readonly afterPosition?: bigint;
  /** Called each time the subscription has delivered everything in the log so far. */
  readonly onCaughtUp?: (position: bigint) => void;
  /** Only these event types; the others are read past without being decoded. */
  readonly types?: ReadonlySet<string>;
}

/** Catch-up then live: an async iterable that never skips or repeats an event across the hand-over. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** The event log: the only source of truth. Every adapter passes the same contract suite. */
export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /** Yields nothing for a stream that does not exist. Streams the result page by page. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribe(options?: SubscribeOptions): Subscription;
  /** The position of the last event in the log; 0n when the log is empty. */
  headPosition(): Promise<bigint>;
  /** The record of an idempotency key, if an append was recorded with it. */
  findIdempotency(key: string): Promise<IdempotencyRecord | undefined>;
  close(): Promise<void>;
}

/** Nest injection token for the configured EventStore. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** The store's source of time, injected so tests and replays control `recordedAt`. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
