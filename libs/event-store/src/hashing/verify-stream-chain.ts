import type { RecordedEvent } from '../port/envelope';
import { GENESIS_HASH } from './event-hash';
import { recomputedHash } from './recorded-event-hash';

export interface ChainBreak {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly reason: 'revision-gap' | 'hash-mismatch';
}

/**
 * Checks a stream read forwards from revision 0: revisions have no gap and each hash matches
 * the event's content and its predecessor's hash. Returns the first break, or undefined.
 */
export const verifyStreamChain = async (
  events: AsyncIterable<RecordedEvent>,
): Promise<ChainBreak | undefined> => {
  let previousHash = GENESIS_HASH;
  let expectedRevision = 0n;
  for await (const e of events) {
    const at = { streamId: e.streamId, revision: e.revision, position: e.position };
    if (e.revision !== expectedRevision) return { ...at, reason: 'revision-gap' };
    const recomputed = recomputedHash(e, previousHash);
    if (recomputed !== e.hash) return { ...at, reason: 'hash-mismatch' };
    previousHash = e.hash;
    expectedRevision += 1n;
  }
  return undefined;
};
