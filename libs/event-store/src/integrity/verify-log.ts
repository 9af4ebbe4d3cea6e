import type { KeyObject } from 'node:crypto';
import { GENESIS_HASH } from '../hashing/event-hash';
import { recomputedHash } from '../hashing/recorded-event-hash';
import { LOG_GENESIS, nextLogHash } from '../hashing/log-chain';
import type { RecordedEvent } from '../port/envelope';
import type { EventStore } from '../port/event-store';
import {
  CHECKPOINT_EVENT,
  CHECKPOINT_STREAM,
  checkpointIsSigned,
  type LogCheckpoint,
} from './log-checkpoint';

export type BreakReason =
  /** An event's content no longer matches its hash (edited). */
  | 'hash-mismatch'
  /** A stream skips a revision or repeats one (an event removed, inserted or moved). */
  | 'revision-gap'
  /** A position is missing from a log whose positions have no gaps (SQLite: a row removed). */
  | 'position-gap'
  /** The stored chain over the log does not follow from the event before (rows moved or removed). */
  | 'log-chain-mismatch'
  /** The log's first N events no longer chain to what a signed checkpoint says. */
  | 'checkpoint-mismatch'
  /** A checkpoint whose signature no trusted key made. */
  | 'checkpoint-forged'
  /** A signed checkpoint covers more events than the log holds (its tail was cut). */
  | 'log-truncated';

export interface ChainBreakReport {
  readonly position: string;
  readonly reason: BreakReason;
  readonly detail: string;
  readonly streamId?: string;
  readonly revision?: string;
}

export interface IntegrityReport {
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  readonly checkpointsVerified: number;
  /** The last event checked and the chain up to it. */
  readonly head: { readonly position: string; readonly logHash: string } | null;
  readonly firstBroken?: ChainBreakReport;
}

export interface VerifyLogOptions {
  /** The keys whose checkpoints count (the deployment's; an auditor may bring their own copy). */
  readonly trustedKeys: readonly KeyObject[];
  /** Checkpoints kept outside the log (a witness file, an auditor's copy): they catch a cut tail. */
  readonly witnessed?: readonly LogCheckpoint[];
  /** Positions run 1, 2, 3 … without gaps (SQLite), so a missing one is a removed event. */
  readonly contiguousPositions?: boolean;
  /** Called every `progressEvery` events. */
  readonly onProgress?: (eventsChecked: number, position: bigint) => void;
  readonly progressEvery?: number;
}

class Broken extends Error {
  constructor(readonly report: ChainBreakReport) {
    super(report.detail);
  }
}

const at = (e: RecordedEvent, reason: BreakReason, detail: string): Broken =>
  new Broken({
    position: e.position.toString(),
    streamId: e.streamId,
    revision: e.revision.toString(),
    reason,
    detail,
  });

/**
 * Reads the whole log once, in order, and checks everything that vouches for it: each stream's
 * hash chain, the chain over the log, every signed checkpoint's signature and what it covers.
 * Stops at the first break and names its position; an untouched log passes.
 */
export const verifyLog = async (
  // A live store, or an exported file read back (LogFile).
  store: Pick<EventStore, 'readAll' | 'readStream'>,
  options: VerifyLogOptions,
): Promise<IntegrityReport> => {
  const { trustedKeys } = options;
  // The checkpoints to hold the log to: those in it that verify (a forged one is reported where
  // the pass meets it), and those witnessed outside it.
  const targets = new Map<number, LogCheckpoint>();
  const witnessBreak = options.witnessed?.find((c) => !checkpointIsSigned(c, trustedKeys));
  for (const c of options.witnessed ?? []) if (c !== witnessBreak) targets.set(c.eventCount, c);
  for await (const e of store.readStream(CHECKPOINT_STREAM)) {
    const c = e.data as LogCheckpoint;
    if (e.type === CHECKPOINT_EVENT && checkpointIsSigned(c, trustedKeys))
      targets.set(c.eventCount, c);
  }

  const streams = new Map<string, { next: bigint; hash: string }>();
  let count = 0;
  let head = LOG_GENESIS;
  let last: bigint | undefined;
  let verified = 0;
  const every = options.progressEvery ?? 10_000;
  const report = (firstBroken?: ChainBreakReport): IntegrityReport => ({
    ok: firstBroken === undefined,
    eventsChecked: count,
    streamsChecked: streams.size,
    checkpointsVerified: verified,
    head: last === undefined ? null : { position: last.toString(), logHash: head },
    ...(firstBroken && { firstBroken }),
  });

  try {
    if (witnessBreak)
      throw new Broken({
        position: witnessBreak.position,
        reason: 'checkpoint-forged',
        detail: `The witnessed checkpoint over ${witnessBreak.eventCount} events signed at ${witnessBreak.signedAt} does not verify with a trusted key.`,
      });
    for await (const e of store.readAll()) {
      if (options.contiguousPositions && e.position !== (last ?? 0n) + 1n)
        throw new Broken({
          position: ((last ?? 0n) + 1n).toString(),
          reason: 'position-gap',
          detail: `Position ${(last ?? 0n) + 1n} is missing: the event recorded there was removed.`,
        });
      const stream = streams.get(e.streamId) ?? { next: 0n, hash: GENESIS_HASH };
      if (e.revision !== stream.next)
        throw at(
          e,
          'revision-gap',
          `${e.streamId} goes from revision ${stream.next - 1n} to ${e.revision}.`,
        );
      const recomputed = recomputedHash(e, stream.hash);
      if (recomputed !== e.hash)
        throw at(e, 'hash-mismatch', `The event's content does not match its recorded hash.`);
      streams.set(e.streamId, { next: e.revision + 1n, hash: e.hash });
      head = nextLogHash(head, e.hash);
      if (e.logHash !== undefined && e.logHash !== head)
        throw at(
          e,
          'log-chain-mismatch',
          'The chain over the log does not follow from the event before: events were removed, moved or inserted before this one.',
        );
      if (e.type === CHECKPOINT_EVENT && e.streamId === CHECKPOINT_STREAM) {
        if (!checkpointIsSigned(e.data as LogCheckpoint, trustedKeys))
          throw at(e, 'checkpoint-forged', 'This checkpoint does not verify with a trusted key.');
      }
      count += 1;
      last = e.position;
      const checkpoint = targets.get(count);
      if (checkpoint) {
        if (checkpoint.headHash !== head)
          throw at(
            e,
            'checkpoint-mismatch',
            `The first ${count} events no longer chain to what the checkpoint signed at ${checkpoint.signedAt} says.`,
          );
        verified += 1;
      }
      if (count % every === 0) options.onProgress?.(count, e.position);
    }
    const beyond = [...targets.values()]
      .filter((c) => c.eventCount > count)
      .sort((a, b) => a.eventCount - b.eventCount)[0];
    if (beyond)
      throw new Broken({
        position: ((last ?? 0n) + 1n).toString(),
        reason: 'log-truncated',
        detail: `The checkpoint signed at ${beyond.signedAt} covers ${beyond.eventCount} events; the log holds ${count}: its tail was cut.`,
      });
  } catch (error) {
    if (error instanceof Broken) return report(error.report);
    throw error;
  }
  return report();
};
