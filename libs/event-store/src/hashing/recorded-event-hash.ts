import type { RecordedEvent } from '../port/envelope';
import { canonicalJson } from './canonical-json';
import { eventHash } from './event-hash';

/**
 * The hash a recorded event should carry, recomputed from its content as written (not its
 * upcast shape) and the hash before it in its stream: what every verifier compares.
 */
export const recomputedHash = (e: RecordedEvent, previousHash: string): string =>
  eventHash({
    streamId: e.streamId,
    revision: e.revision,
    eventId: e.eventId,
    type: e.type,
    schemaVersion: e.recordedAs?.schemaVersion ?? e.schemaVersion,
    dataJson: canonicalJson(e.recordedAs?.data ?? e.data),
    metadataJson: canonicalJson(e.metadata),
    previousHash,
  });
