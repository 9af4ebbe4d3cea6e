import type { RecordedEvent } from '../port/envelope';
import type { EventRow } from './schema';

export type { EncodedEvent } from '../encoding/encode-events';
export { encodeEvents } from '../encoding/encode-events';

export const toRecordedEvent = ([
  position,
  eventId,
  streamId,
  revision,
  type,
  schemaVersion,
  data,
  metadata,
  hash,
  logHash,
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
  ...(logHash !== null && { logHash }),
});
