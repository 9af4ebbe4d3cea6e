import type { NewEvent } from '../../libs/event-store/src/port/envelope';

/**
 * Append number `i` of the crash test, the same every time it is built: its event ids are
 * derived from `i`, so a retry of an append that may or may not have landed is recognisable.
 * Appends carry 1 to 3 events, over 7 streams, with Vietnamese text.
 */
export const crashAppend = (i: number): { streamId: string; events: NewEvent[] } => {
  const size = 1 + (i % 3);
  return {
    streamId: `crash-${i % 7}`,
    events: Array.from({ length: size }, (_, j) => ({
      eventId: `crash-${i}-${j}`,
      type: 'CrashTestRecorded',
      schemaVersion: 1,
      data: { i, j, of: size, text: `Kiến nghị số ${i} — Ủy ban nhân dân tỉnh Tây Ninh` },
      metadata: {
        actor: { userId: 'crash', username: 'crash', role: 'system' },
        correlationId: `c-${i}`,
        causationId: `c-${i}`,
        command: 'CrashTest',
      },
    })),
  };
};
