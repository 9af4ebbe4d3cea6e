import { createPublicKey, hash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../hashing/canonical-json';

/** The audit stream the deployment's signed checkpoints are appended to. */
export const CHECKPOINT_STREAM = 'audit-checkpoints';
export const CHECKPOINT_EVENT = 'LogCheckpointSigned';

/**
 * A signed statement about the log: "its first `eventCount` events chain to `headHash`". The
 * count, not the position, is what binds — positions differ between stores, the order and the
 * chain do not (see log-chain.ts) — so a restored log still answers to its checkpoints.
 */
export interface LogCheckpoint {
  readonly eventCount: number;
  readonly headHash: string;
  /** Log position of the last event covered, in the store that signed (for people). */
  readonly position: string;
  readonly signedAt: string;
  /** Which key signed: the first 32 hex digits of SHA-256 over its public key (SPKI DER). */
  readonly keyId: string;
  /** Ed25519 over the canonical JSON of the fields above, base64. */
  readonly signature: string;
}

export type UnsignedCheckpoint = Omit<LogCheckpoint, 'keyId' | 'signature'>;

const SIGNED_AS = 'hdnd-log-checkpoint-v1';

const signedBytes = (c: UnsignedCheckpoint & { keyId: string }) =>
  Buffer.from(
    canonicalJson({
      signedAs: SIGNED_AS,
      eventCount: c.eventCount,
      headHash: c.headHash,
      position: c.position,
      signedAt: c.signedAt,
      keyId: c.keyId,
    }),
  );

export const keyIdOf = (publicKey: KeyObject): string =>
  hash('sha256', publicKey.export({ type: 'spki', format: 'der' }), 'hex').slice(0, 32);

export const signCheckpoint = (c: UnsignedCheckpoint, privateKey: KeyObject): LogCheckpoint => {
  const keyId = keyIdOf(createPublicKey(privateKey));
  const signature = sign(null, signedBytes({ ...c, keyId }), privateKey).toString('base64');
  return { ...c, keyId, signature };
};

/** True when one of `trusted` signed exactly this checkpoint. */
export const checkpointIsSigned = (c: LogCheckpoint, trusted: readonly KeyObject[]): boolean => {
  const key = trusted.find((k) => keyIdOf(k) === c.keyId);
  if (!key || typeof c.signature !== 'string') return false;
  try {
    return verify(null, signedBytes(c), key, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
};
