import type { ExpectedRevision } from './event-store';

/** Base of every error the event store reports on purpose; `code` is stable. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream was not where the writer expected it: nothing was appended. */
export class ConcurrencyConflict extends EventStoreError {
  readonly code = 'concurrency-conflict';
  override readonly name = 'ConcurrencyConflict';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's last revision, or `no-stream`. */
    readonly actual: bigint | 'no-stream',
  ) {
    super(
      `Stream ${streamId}: expected revision ${String(expected)}, but it is at ${String(actual)}.`,
    );
  }
}

/** An event id already in the log: the append was refused as a whole. */
export class DuplicateEventId extends EventStoreError {
  readonly code = 'duplicate-event-id';
  override readonly name = 'DuplicateEventId';

  constructor(readonly eventId: string) {
    super(`Event ${eventId} is already in the log.`);
  }
}

export class EventTooLarge extends EventStoreError {
  readonly code = 'event-too-large';
  override readonly name = 'EventTooLarge';

  constructor(
    readonly eventId: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`Event ${eventId} encodes to ${size} bytes; the limit is ${limit}.`);
  }
}

/** The append itself is malformed (no events, an empty type…): a programming error upstream. */
export class InvalidAppend extends EventStoreError {
  readonly code = 'invalid-append';
  override readonly name = 'InvalidAppend';
}

/** The backing store cannot be reached or written: retry later (HTTP 503). */
export class EventStoreUnavailable extends EventStoreError {
  readonly code = 'event-store-unavailable';
  override readonly name = 'EventStoreUnavailable';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An append came with an idempotency key that is already recorded: nothing was appended. */
export class IdempotencyKeyTaken extends EventStoreError {
  readonly code = 'idempotency-key-taken';
  override readonly name = 'IdempotencyKeyTaken';

  constructor(readonly key: string) {
    super(`Idempotency key ${key} is already recorded.`);
  }
}
