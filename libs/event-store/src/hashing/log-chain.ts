import { hash } from 'node:crypto';
import { GENESIS_HASH } from './event-hash';

/** The log chain's value before the first event. */
export const LOG_GENESIS = GENESIS_HASH;

/** Names the encoding below, so it can evolve without ambiguity. */
const ENCODING = 'hdnd-log-chain-v1';

/**
 * The chain over the whole log in log order: each event's link folds its own hash (which
 * already covers its stream chain) into the link before it. Positions are left out on purpose:
 * the same events in the same order give the same chain in any store, so a log exported from
 * SQLite and restored into EventStoreDB still matches its signed checkpoints.
 */
export const nextLogHash = (previous: string, eventHash: string): string =>
  hash('sha256', `${ENCODING}\n${previous}\n${eventHash}`, 'hex');
