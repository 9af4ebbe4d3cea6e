import {
  BACKWARDS,
  END,
  NO_STREAM,
  jsonEvent,
  type EventStoreDBClient,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { createHash } from 'node:crypto';
import type { AppendResult, IdempotencyRecord, IdempotencyRecordInput } from '../port/event-store';
import { fromResolved, idempotencyKeyOf } from './esdb-event-codec';
import { isStreamNotFound, isWrongExpectedVersion } from './esdb-errors';

/** Streams that hold key claims; readers of the whole log never see them (see LOG_FILTER). */
export const CLAIM_STREAM_PREFIX = 'hdnd-idempotency-';

/** How far back a stream is searched for the events an append made with a key. */
const SEARCH_DEPTH = 10_000;

export const keyHashOf = (key: string) => createHash('sha256').update(key).digest('hex');

interface Claim extends IdempotencyRecordInput {
  readonly streamId: string;
}

/**
 * Idempotency keys without EventStoreDB's event-id cache (rolling, lost on restart, not applied
 * to `any`). A key is claimed first, in a stream of its own created with `no_stream`, which
 * EventStoreDB lets exactly one writer do; the append then carries a hash of the key in its
 * events' metadata, atomically with them. Whether the append landed is read from the target
 * stream itself, so a crash between the claim and the append leaves a claim that a retry of the
 * same request may complete, and that a different request is refused (422).
 */
export class EsdbIdempotency {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly deadline: number,
  ) {}

  /** Claims the key for this append; throws `taken` if another request holds it or it has landed. */
  async claim(
    idempotency: IdempotencyRecordInput,
    streamId: string,
    taken: () => Error,
  ): Promise<void> {
    const claim: Claim = { ...idempotency, streamId };
    try {
      await this.client.appendToStream(
        CLAIM_STREAM_PREFIX + keyHashOf(idempotency.key),
        jsonEvent({ type: 'IdempotencyKeyClaimed', data: { ...claim } }),
        { expectedRevision: NO_STREAM, deadline: this.deadline },
      );
    } catch (error) {
      if (!isWrongExpectedVersion(error)) throw error;
      const existing = await this.find(idempotency.key);
      // Only the same request, whose earlier attempt never landed, may go on with the claim.
      if (!existing || existing.fingerprint !== idempotency.fingerprint || existing.result)
        throw taken();
    }
  }

  async find(key: string): Promise<IdempotencyRecord | undefined> {
    const claim = await this.readClaim(key);
    if (!claim) return undefined;
    const { streamId, ...record } = claim;
    const result = await this.locate(streamId, keyHashOf(key));
    return result ? { ...record, result } : record;
  }

  /** Whether the append made with this key is in its stream, and where it ended. */
  async locate(streamId: string, keyHash: string): Promise<AppendResult | undefined> {
    // Read to the end (a half-read gRPC call keeps the client from disposing), then look.
    const events: ResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: SEARCH_DEPTH,
        deadline: this.deadline,
      }))
        events.push(resolved);
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
    }
    // Reading backwards, the first event with the key is the last of its append.
    const found = events.find((resolved) => idempotencyKeyOf(resolved) === keyHash);
    const event = found && fromResolved(found);
    return event && { streamId, revision: event.revision, position: event.position };
  }

  private async readClaim(key: string): Promise<Claim | undefined> {
    const events: ResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(CLAIM_STREAM_PREFIX + keyHashOf(key), {
        maxCount: 1,
        deadline: this.deadline,
      }))
        events.push(resolved);
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
    }
    return events[0]?.event?.data as unknown as Claim | undefined;
  }
}
