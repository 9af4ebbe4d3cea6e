import { hash } from 'node:crypto';

/** The "previous hash" of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the encoding below, so it can evolve without ambiguity. */
const ENCODING = 'hdnd-event-hash-v1';

export interface HashedFields {
  readonly streamId: string;
  /** A bigint, or a number below 2^53: both give the same decimal text. */
  readonly revision: bigint | number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Canonical JSON text of the data, exactly as stored. */
  readonly dataJson: string;
  /** Canonical JSON text of the metadata, exactly as stored. */
  readonly metadataJson: string;
  readonly previousHash: string;
}

/**
 * SHA-256 over: a JSON header (encoding tag, stream, revision, id, type, schema version,
 * previous hash), then the data and metadata texts, separated by newlines. The header is an
 * array of strings and one integer, for which JSON.stringify already gives the RFC 8785
 * canonical text. Canonical JSON never contains a raw newline, so the separators cannot be
 * forged from inside a field.
 */
export const eventHash = (f: HashedFields): string => {
  const header = JSON.stringify([
    ENCODING,
    f.streamId,
    String(f.revision),
    f.eventId,
    f.type,
    f.schemaVersion,
    f.previousHash,
  ]);
  return hash('sha256', `${header}\n${f.dataJson}\n${f.metadataJson}`, 'hex');
};
