import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@hdnd/event-store';

/** A realistic event: a finding with Vietnamese text and indicators, about 700 bytes encoded. */
export const sampleEvent = (n: number): NewEvent => ({
  eventId: randomUUID(),
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
  metadata: {
    actor: { userId: 'u-1', username: 'van.phong', role: 'secretariat' },
    correlationId: randomUUID(),
    causationId: randomUUID(),
    command: 'RecordFinding',
  },
});
