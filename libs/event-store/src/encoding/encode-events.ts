import { canonicalJson } from '../hashing/canonical-json';
import { canonicalMetadataJson } from '../hashing/canonical-metadata';
import type { NewEvent } from '../port/envelope';
import { EventTooLarge, InvalidAppend } from '../port/errors';

/**
 * Every adapter checks and encodes an append the same way, so that hashes agree across stores.
 * An event encoded once, when its append is accepted: the exact texts that are stored and hashed. */
export interface EncodedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly recordedAt: string;
}

export const encodeEvents = (
  streamId: string,
  events: readonly NewEvent[],
  recordedAt: string,
  maxEventBytes: number,
): EncodedEvent[] => {
  if (streamId.length === 0) throw new InvalidAppend('A stream id is required.');
  if (events.length === 0) throw new InvalidAppend('An append carries at least one event.');
  const ids = new Set<string>();
  // The events of one command share one metadata object: encode it once per append.
  let lastMetadata: NewEvent['metadata'] | undefined;
  let lastMetadataJson = '';
  return events.map((event) => {
    if (!event.type || !event.eventId)
      throw new InvalidAppend('Every event needs an id and a type.');
    if (ids.has(event.eventId))
      throw new InvalidAppend(`Event ${event.eventId} appears twice in one append.`);
    ids.add(event.eventId);
    const dataJson = canonicalJson(event.data);
    if (event.metadata !== lastMetadata) {
      lastMetadata = event.metadata;
      lastMetadataJson = canonicalMetadataJson({ ...event.metadata, recordedAt });
    }
    const metadataJson = lastMetadataJson;
    // A UTF-16 unit is at most 3 UTF-8 bytes: count exactly only when the text could be too big.
    if ((dataJson.length + metadataJson.length) * 3 > maxEventBytes) {
      const size = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
      if (size > maxEventBytes) throw new EventTooLarge(event.eventId, size, maxEventBytes);
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
};
