import type { RecordedEvent } from '@hdnd/event-store';

/** An event as the audit API shows it: positions as numbers, everything else as recorded. */
export const eventView = (e: RecordedEvent) => ({
  position: Number(e.position),
  streamId: e.streamId,
  revision: Number(e.revision),
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
  hash: e.hash,
  // The chain over the log up to this event, where the store keeps it (SQLite).
  ...(e.logHash !== undefined && { logHash: e.logHash }),
  // An older schema version, shown in today's shape above and as written here.
  ...(e.recordedAs && { recordedAs: e.recordedAs }),
});

export type EventView = ReturnType<typeof eventView>;
