import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  streamNameFilter,
  type AllStreamSubscription,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { encodeEvents } from '../encoding/encode-events';
import { eventHash, GENESIS_HASH } from '../hashing/event-hash';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import {
  ConcurrencyConflict,
  EventStoreUnavailable,
  IdempotencyKeyTaken,
  InvalidAppend,
} from '../port/errors';
import type {
  AppendOptions,
  AppendResult,
  Clock,
  EventStore,
  ExpectedRevision,
  IdempotencyRecord,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../port/event-store';
import { catchUpSubscription, tracked } from '../subscription/catch-up-subscription';
import { fromResolved, toEsdbEvent } from './esdb-event-codec';
import { upcasted, type Upcast } from '../port/upcasting';
import { asStoreError, isStreamNotFound, isWrongExpectedVersion } from './esdb-errors';
import { CLAIM_STREAM_PREFIX, EsdbIdempotency, keyHashOf } from './esdb-idempotency';

export interface EsdbEventStoreOptions {
  /** `esdb://host:2113?tls=false`, or a cluster's `esdb+discover://…`. */
  readonly connectionString: string;
  readonly clock: Clock;
  /** Per-call deadline: a server that does not answer within it is down (503). */
  readonly deadlineMs?: number;
  /** How often a waiting subscription looks again if no live notification came. */
  readonly pollMs?: number;
  readonly maxEventBytes?: number;
  /** Brings older schema versions to today's on every read (the domain's upcasters). */
  readonly upcast?: Upcast;
}

/** Our streams only: not EventStoreDB's own ($…), not the idempotency claims. */
const LOG_REGEX = `^(?!\\$|${CLAIM_STREAM_PREFIX})`;
/** Conflicts retried for an `any` append: the hash chain needs the exact revision it extends. */
const ANY_RETRIES = 10;
const PAGE = 500;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * The EventStore port on EventStoreDB (@eventstore/db-client 6.2). Streams, revisions and
 * expected-revision modes map one to one; the log position is the commit position of $all.
 * Each append reads its stream's last event first, so the hash chain is computed exactly as on
 * SQLite and written with the exact revision it extends. Subscriptions read $all after the last
 * position delivered, woken by a live $all subscription: a dropped connection can neither lose
 * nor repeat an event, and resumes where it was.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly idempotency: EsdbIdempotency;
  private readonly deadline: number;
  private readonly pollMs: number;
  private readonly maxEventBytes: number;
  private readonly subscriptions = new Set<Subscription>();
  private readonly waiters = new Set<() => void>();
  private readonly tails = new Map<string, Promise<void>>();
  private doorbell: AllStreamSubscription | undefined;
  private closed = false;

  constructor(private readonly options: EsdbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.deadline = options.deadlineMs ?? 2_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.maxEventBytes = options.maxEventBytes ?? 1_000_000;
    this.idempotency = new EsdbIdempotency(this.client, this.deadline);
  }

  append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    return this.oneAtATime(streamId, () => this.appendNow(streamId, events, options));
  }

  /**
   * Appends to one stream from this process run one after another: each must read the head it
   * extends, so running them side by side would only make them conflict with each other.
   * Other processes' appends are still met by the expected revision, and retried for `any`.
   */
  private oneAtATime<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(streamId) ?? Promise.resolve()).then(work, work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(streamId, tail);
    void tail.then(() => {
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    });
    return run;
  }

  private async appendNow(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (streamId.startsWith('$') || streamId.startsWith(CLAIM_STREAM_PREFIX))
      throw new InvalidAppend(`Stream ${streamId} is reserved.`);
    const recordedAt = this.options.clock.now().toISOString();
    const encoded = encodeEvents(streamId, events, recordedAt, this.maxEventBytes);
    const { idempotency } = options;
    const keyHash = idempotency && keyHashOf(idempotency.key);
    try {
      if (idempotency)
        await this.idempotency.claim(
          idempotency,
          streamId,
          () => new IdempotencyKeyTaken(idempotency.key),
        );
      for (let attempt = 0; ; attempt++) {
        const last = await this.lastOf(streamId);
        this.check(streamId, options.expectedRevision, last?.revision);
        let previousHash = last?.hash ?? GENESIS_HASH;
        let revision = last?.revision ?? -1n;
        const outgoing = encoded.map((event, i) => {
          revision += 1n;
          const hash = eventHash({ streamId, revision, ...event, previousHash });
          previousHash = hash;
          return toEsdbEvent({
            eventId: event.eventId,
            type: event.type,
            schemaVersion: event.schemaVersion,
            data: events[i]!.data,
            metadata: JSON.parse(event.metadataJson) as RecordedEvent['metadata'],
            hash,
            ...(keyHash !== undefined && { idempotencyKey: keyHash }),
          });
        });
        try {
          const result = await this.client.appendToStream(streamId, outgoing, {
            expectedRevision: last ? last.revision : NO_STREAM,
            deadline: this.deadline,
          });
          this.ring();
          return {
            streamId,
            revision: result.nextExpectedRevision,
            position: result.position!.commit,
          };
        } catch (error) {
          if (!isWrongExpectedVersion(error)) throw error;
          const actual = (await this.lastOf(streamId))?.revision ?? 'no-stream';
          if (options.expectedRevision !== 'any' || attempt >= ANY_RETRIES)
            throw new ConcurrencyConflict(streamId, options.expectedRevision, actual);
          // A concurrent attempt of this same request may be what moved the stream.
          if (keyHash && (await this.idempotency.locate(streamId, keyHash)))
            throw new IdempotencyKeyTaken(idempotency!.key);
          await sleep(Math.random() * 5 * (attempt + 1));
        }
      }
    } catch (error) {
      throw asStoreError(error);
    }
  }

  /** The port's expectation, checked against what the stream holds now. */
  private check(streamId: string, expected: ExpectedRevision, current: bigint | undefined) {
    const holds =
      expected === 'any' ||
      (expected === 'no-stream' && current === undefined) ||
      (expected === 'stream-exists' && current !== undefined) ||
      (typeof expected === 'bigint' && current === expected);
    if (!holds) throw new ConcurrencyConflict(streamId, expected, current ?? 'no-stream');
  }

  private async lastOf(streamId: string): Promise<RecordedEvent | undefined> {
    for await (const event of this.readStream(streamId, { direction: 'backwards', maxCount: 1 }))
      return event;
    return undefined;
  }

  /**
   * A stream in pages, each read to its end before anything is yielded: a gRPC read left
   * half-consumed keeps the client from ever disposing (it waits for every call to finish).
   */
  async *readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from: bigint | undefined = options.fromRevision;
    while (remaining > 0) {
      const count = Math.min(PAGE, remaining);
      const page: RecordedEvent[] = [];
      try {
        for await (const resolved of this.client.readStream(streamId, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision: from ?? (backwards ? END : START),
          maxCount: count,
          deadline: this.deadline,
        })) {
          const event = this.decode(resolved);
          if (event) page.push(event);
        }
      } catch (error) {
        if (isStreamNotFound(error)) return;
        throw asStoreError(error);
      }
      yield* page;
      remaining -= page.length;
      const last = page.at(-1);
      if (page.length < count || !last || (backwards && last.revision === 0n)) return;
      from = backwards ? last.revision - 1n : last.revision + 1n;
    }
  }

  /**
   * $all in pages, our events only (claims and EventStoreDB's own are skipped, so `maxCount`
   * counts what is delivered). A position is inclusive, as the port says.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from = options.fromPosition;
    let inclusive = true;
    while (remaining > 0) {
      const page = await this.readAllPage(backwards, from, PAGE);
      for (const resolved of page) {
        const position = resolved.event?.position?.commit ?? resolved.commitPosition!;
        from = position;
        const event = this.decode(resolved);
        if (!inclusive && position === options.fromPosition) continue;
        if (event && remaining > 0) {
          remaining -= 1;
          yield event;
        }
      }
      if (page.length < PAGE) return;
      // The next page starts at the last event read, which it must not deliver again.
      inclusive = false;
      options = { ...options, fromPosition: from };
    }
  }

  private async readAllPage(backwards: boolean, from: bigint | undefined, count: number) {
    const page: ResolvedEvent[] = [];
    const position =
      from === undefined || from === 0n ? undefined : { commit: from, prepare: from };
    try {
      for await (const resolved of this.client.readAll({
        direction: backwards ? BACKWARDS : FORWARDS,
        fromPosition: position ?? (backwards ? END : START),
        maxCount: count,
        deadline: this.deadline,
      }))
        page.push(resolved);
    } catch (error) {
      throw asStoreError(error);
    }
    return page;
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const subscription = catchUpSubscription(
      {
        readPage: async (after, limit) => {
          const { types } = options;
          const page = await this.pageAfter(after, limit);
          return types === undefined
            ? page
            : page.map((e) =>
                types.has(e.type) ? e : { position: e.position, passedOver: true as const },
              );
        },
        waitForMore: (signal) => this.waitForMore(signal),
      },
      options,
      PAGE,
    );
    return tracked(this.subscriptions, subscription);
  }

  private decode(resolved: Parameters<typeof fromResolved>[0]): RecordedEvent | undefined {
    const event = fromResolved(resolved);
    return event && upcasted(this.options.upcast, event);
  }

  /** Events after `after`, exclusive; while the server is down, waits for it rather than fail. */
  private async pageAfter(after: bigint, limit: number): Promise<RecordedEvent[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const events: RecordedEvent[] = [];
        for await (const event of this.readAll({
          fromPosition: after === 0n ? undefined : after,
          maxCount: limit + 1,
        }))
          if (event.position > after) events.push(event);
        return events.slice(0, limit);
      } catch (error) {
        if (!(error instanceof EventStoreUnavailable) || this.closed) throw error;
        await sleep(Math.min(100 * 2 ** attempt, this.pollMs));
      }
    }
  }

  /** Until a live notification, a local append, the poll interval, or the abort. */
  private waitForMore(signal: AbortSignal): Promise<void> {
    this.ensureDoorbell();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, this.pollMs);
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private ring(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** A live $all subscription used only to wake readers; the events themselves are read. */
  private ensureDoorbell(): void {
    if (this.doorbell || this.closed) return;
    const doorbell = this.client.subscribeToAll({
      fromPosition: END,
      filter: streamNameFilter({ regex: LOG_REGEX }),
    });
    doorbell.on('data', () => this.ring());
    const drop = () => {
      if (this.doorbell === doorbell) this.doorbell = undefined;
    };
    doorbell.on('error', drop);
    doorbell.on('end', drop);
    doorbell.on('close', drop);
    this.doorbell = doorbell;
  }

  async headPosition(): Promise<bigint> {
    for await (const event of this.readAll({ direction: 'backwards', maxCount: 1 }))
      return event.position;
    return 0n;
  }

  async findIdempotency(key: string): Promise<IdempotencyRecord | undefined> {
    try {
      return await this.idempotency.find(key);
    } catch (error) {
      throw asStoreError(error);
    }
  }

  /** Ends subscriptions and disposes the client, which otherwise keeps the process alive. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.ring();
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.doorbell?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }
}
