import type { RecordedEvent } from '../port/envelope';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH } from './event-hash';
import { verifyStreamChain } from './verify-stream-chain';

const metadata = {
  actor: { userId: 'u', username: 'u', role: 'secretariat' },
  correlationId: 'c',
  causationId: 'c',
  command: 'X',
  recordedAt: '2024-04-02T00:00:00.000Z',
};

const chain = (datas: unknown[]): RecordedEvent[] => {
  let previousHash = GENESIS_HASH;
  return datas.map((data, i) => {
    const base = {
      eventId: `e-${i}`,
      streamId: 's',
      revision: BigInt(i),
      position: BigInt(i + 1),
      type: 'T',
      schemaVersion: 1,
      data,
      metadata,
    };
    const hash = eventHash({
      ...base,
      dataJson: canonicalJson(data),
      metadataJson: canonicalJson(metadata),
      previousHash,
    });
    previousHash = hash;
    return { ...base, hash };
  });
};

async function* from(events: RecordedEvent[]) {
  yield* events;
}

describe('verifyStreamChain', () => {
  const events = chain([{ text: 'Tây Ninh' }, { score: 84.72 }, { rank: 3 }]);

  it('passes an untouched chain', async () => {
    expect(await verifyStreamChain(from(events))).toBeUndefined();
  });

  it('names the first event whose content was changed', async () => {
    const tampered = events.map((e, i) => (i === 1 ? { ...e, data: { score: 94.72 } } : e));
    expect(await verifyStreamChain(from(tampered))).toMatchObject({
      revision: 1n,
      reason: 'hash-mismatch',
    });
  });

  it('detects a removed event as a revision gap', async () => {
    expect(await verifyStreamChain(from([events[0]!, events[2]!]))).toMatchObject({
      revision: 2n,
      reason: 'revision-gap',
    });
  });

  it('detects a recomputed hash that does not chain to its predecessor', async () => {
    const forged = chain([{ text: 'Tây Ninh' }, { score: 99 }, { rank: 3 }]);
    expect(await verifyStreamChain(from([events[0]!, events[1]!, forged[2]!]))).toMatchObject({
      revision: 2n,
      reason: 'hash-mismatch',
    });
  });

  it('depends on key order not at all: the encoding is canonical', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 'đ' } })).toBe('{"a":{"c":"đ","d":2},"b":1}');
  });
});
