import { v7 } from 'uuid';

/**
 * Ids for events and new aggregates: UUID version 7 (RFC 9562), whose leading 48 bits are the
 * time in milliseconds and whose next bits keep ids of one millisecond in order. The log keeps a
 * UNIQUE index on event ids and the read models key their rows by aggregate id: with random
 * (version 4) ids every new row lands on a random page of those indexes, so a group commit of 64
 * appends on a 200 000-event log wrote 191 WAL pages and took 8.2 ms; with time-ordered ids new
 * entries go to the index's right edge — 113 pages, 5.9 ms (docs/event-store.md). The ids stay
 * opaque to clients: only their order is used, and the time they carry is already in each event's
 * recordedAt.
 */
export const timeOrderedId = (): string => v7();
