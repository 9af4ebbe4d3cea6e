import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../../libs/event-store/src/port/envelope';
import { timeOrderedId } from '../../../libs/application/src/infrastructure/time-ordered-ids';

const commandMetadata = (): NewEvent['metadata'] => ({
  actor: { userId: 'u-1', username: 'van.phong', role: 'secretariat' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  command: 'RecordFinding',
});

/**
 * A realistic event: a finding with Vietnamese text and indicators, about 700 bytes encoded.
 * Events of one command share its metadata object, as the application builds them; pass the
 * same `metadata` for the events of one append.
 */
export const sampleEvent = (
  n: number,
  metadata: NewEvent['metadata'] = commandMetadata(),
): NewEvent => ({
  // As the application makes them (time-ordered): the bench's rows are the product's rows.
  eventId: timeOrderedId(),
  type: 'FindingRecorded',
  schemaVersion: 1,
  data: {
    delegationId: 'dgs-2024-cchc',
    findingId: `kq-${n}`,
    surveyId: 'ks-2024-04-02',
    agencyId: 'ubnd-tp-tay-ninh',
    kind: 'achievement',
    statement:
      'Chỉ số cải cách hành chính của thành phố năm 2021 đạt 84,72/100 điểm, xếp loại Tốt, đứng thứ 3/9 huyện, thị xã, thành phố',
    indicators: [
      {
        name: 'Chỉ số CCHC',
        period: '2021',
        value: 84.72,
        outOf: 100,
        grade: 'Tốt',
        rank: 3,
        rankOf: 9,
      },
    ],
    recordedOn: '2024-04-02',
  },
  metadata,
});

/** `count` events as one command would produce them: one metadata for all. */
export const sampleCommandEvents = (count: number, first = 0): NewEvent[] => {
  const metadata = commandMetadata();
  return Array.from({ length: count }, (_, i) => sampleEvent(first + i, metadata));
};
