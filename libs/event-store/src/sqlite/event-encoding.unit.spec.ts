import { recordedEventDecoder } from './event-encoding';
import type { EventRow } from './schema';

const metadataOf = (command: string) =>
  JSON.stringify({
    actor: { userId: 'u-1', username: 'van.phong', role: 'secretariat' },
    command,
    correlationId: 'c-1',
    causationId: 'c-1',
    recordedAt: '2024-04-02T02:00:00.000Z',
  });

const row = (position: number, metadata: string, logHash: string | null = 'l'): EventRow => [
  BigInt(position),
  `e-${position}`,
  'delegation-1',
  BigInt(position - 1),
  'FindingRecorded',
  1n,
  JSON.stringify({ statement: 'Chỉ số cải cách hành chính đạt 84,72/100 điểm' }),
  metadata,
  'h',
  logHash,
];

describe('recordedEventDecoder', () => {
  it('gives the events of one command one frozen metadata object, and a new one when it changes', () => {
    const decode = recordedEventDecoder();
    const [a, b, c] = [
      decode(row(1, metadataOf('RecordFinding'))),
      decode(row(2, metadataOf('RecordFinding'))),
      decode(row(3, metadataOf('IssueRecommendation'))),
    ];
    expect(b.metadata).toBe(a.metadata);
    expect(c.metadata).not.toBe(a.metadata);
    expect(c.metadata).toMatchObject({ command: 'IssueRecommendation' });
    // Shared, so nobody may change it for the others: frozen down to the actor.
    expect(Object.isFrozen(a.metadata) && Object.isFrozen(a.metadata.actor)).toBe(true);
    expect(() => {
      (a.metadata.actor as { role: string }).role = 'admin';
    }).toThrow(TypeError);
  });

  it('reads every column into the envelope, and leaves out the log hash of a version 1 row', () => {
    const decode = recordedEventDecoder();
    expect(decode(row(7, metadataOf('RecordFinding')))).toEqual({
      eventId: 'e-7',
      streamId: 'delegation-1',
      revision: 6n,
      position: 7n,
      type: 'FindingRecorded',
      schemaVersion: 1,
      data: { statement: 'Chỉ số cải cách hành chính đạt 84,72/100 điểm' },
      metadata: JSON.parse(metadataOf('RecordFinding')) as unknown,
      hash: 'h',
      logHash: 'l',
    });
    expect(decode(row(8, metadataOf('RecordFinding'), null))).not.toHaveProperty('logHash');
  });
});
