import type { DigestKey } from './notice-line';

/**
 * Where closed digests go when Redis runs the jobs: a BullMQ queue whose job id is
 * `<userId>.<day>`, so a digest handed on twice is one job, sent once. Without it, the SQLite
 * outbox's own courier sends them.
 */
export interface DigestQueue {
  enqueue(digests: readonly DigestKey[]): Promise<void>;
}

export const NOTICE_DIGEST_QUEUE = Symbol('NOTICE_DIGEST_QUEUE');
