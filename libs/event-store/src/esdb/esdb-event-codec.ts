import { jsonEvent, type JSONEventType, type ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, JsonObject, RecordedEvent } from '../port/envelope';

/**
 * How an event travels in EventStoreDB: our event id is the ESDB event id, our type its type,
 * our data its JSON data; the rest rides in its metadata under `hdnd` — beside `$correlationId`
 * and `$causationId`, which EventStoreDB's own tools (projections, the UI) understand.
 */
export interface EsdbMetadata {
  readonly $correlationId: string;
  readonly $causationId: string;
  readonly hdnd: {
    readonly schemaVersion: number;
    readonly metadata: EventMetadata;
    readonly hash: string;
    /** On the events of an append made with an Idempotency-Key: a hash of the key. */
    readonly idempotencyKey?: string;
  };
}

export interface OutgoingEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly hash: string;
  readonly idempotencyKey?: string;
}

export const toEsdbEvent = (event: OutgoingEvent) =>
  jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as JSONEventType['data'],
    metadata: {
      $correlationId: event.metadata.correlationId,
      $causationId: event.metadata.causationId,
      hdnd: {
        schemaVersion: event.schemaVersion,
        metadata: event.metadata,
        hash: event.hash,
        ...(event.idempotencyKey !== undefined && { idempotencyKey: event.idempotencyKey }),
      },
    } satisfies EsdbMetadata as unknown as JsonObject,
  });

/** Ours if it carries our metadata; anything else in $all (written by other tools) is not. */
export const fromResolved = (resolved: ResolvedEvent): RecordedEvent | undefined => {
  const event = resolved.event;
  const hdnd = (event?.metadata as Partial<EsdbMetadata> | undefined)?.hdnd;
  if (!event || !hdnd || !event.isJson) return undefined;
  return {
    eventId: event.id,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position?.commit ?? resolved.commitPosition ?? 0n,
    type: event.type,
    schemaVersion: hdnd.schemaVersion,
    data: event.data,
    metadata: hdnd.metadata,
    hash: hdnd.hash,
  };
};

export const idempotencyKeyOf = (resolved: ResolvedEvent): string | undefined =>
  (resolved.event?.metadata as Partial<EsdbMetadata> | undefined)?.hdnd?.idempotencyKey;
