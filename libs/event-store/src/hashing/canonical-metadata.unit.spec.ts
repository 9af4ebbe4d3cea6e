import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { canonicalMetadataJson } from './canonical-metadata';
import type { EventMetadata } from '../port/envelope';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const metadata = fc.record(
  {
    actor: fc.record(
      { userId: text, username: text, role: text, agencyId: text },
      { requiredKeys: ['userId', 'username', 'role'] },
    ),
    correlationId: text,
    causationId: text,
    command: text,
    legalBasis: text,
    recordedAt: text,
  },
  { requiredKeys: ['actor', 'correlationId', 'causationId', 'command', 'recordedAt'] },
);

describe('canonicalMetadataJson', () => {
  it('writes the same text as canonicalJson for every metadata of the usual shape', () => {
    fc.assert(
      fc.property(metadata, (m) => {
        expect(canonicalMetadataJson(m as EventMetadata)).toBe(canonicalJson(m));
      }),
      { numRuns: 1000 },
    );
  });

  it('falls back to the general encoding for metadata with other members', () => {
    const unusual = {
      actor: { userId: 'u', username: 'u', role: 'r', team: 'x' },
      correlationId: 'c',
      causationId: 'c',
      command: 'X',
      recordedAt: 't',
      extra: [1, 2],
    } as unknown as EventMetadata;
    expect(canonicalMetadataJson(unusual)).toBe(canonicalJson(unusual));
  });
});
