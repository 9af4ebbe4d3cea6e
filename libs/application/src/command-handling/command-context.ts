import type { Actor } from '@hdnd/event-store';

/**
 * Everything about a command that is not the command itself: who sent it, which request it
 * belongs to, and what the caller expects of the stream. Filled at the edge (HTTP, jobs, CLI).
 */
export interface CommandContext {
  /** Unique per command; becomes the causation id of every event it causes. */
  readonly commandId: string;
  /** Shared by everything one request caused, across commands. */
  readonly correlationId: string;
  /** The authenticated user, or a system actor for jobs. */
  readonly actor: Actor;
  /** For a `member` user: the delegations it belongs to (its grant; not recorded per event). */
  readonly memberOf?: readonly string[];
  /**
   * From `If-Match`: the stream revision the caller saw, or `stream-exists` (`If-Match: *`): any
   * revision will do, but the case must exist. Omitted or `stream-exists`: retried on conflict.
   */
  readonly expectedRevision?: bigint | 'stream-exists';
  /** The law or resolution the decision rests on, recorded with each event. */
  readonly legalBasis?: string;
  /** From `Idempotency-Key`: a retry with the same request answers the first answer again. */
  readonly idempotency?: Readonly<{ key: string; fingerprint: string }>;
}

/**
 * What a command answers, wherever it was sent from: the aggregate, its stream, where the append
 * landed, and whether this was a replay. The one result of the command path; the HTTP edge turns
 * it into JSON (the bigints into numbers) and nothing else.
 */
export interface CommandResult {
  readonly id: string;
  /** Ids of things the command created beside its aggregate (e.g. the obstacle a finding opens). */
  readonly related?: Readonly<Record<string, string>>;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  /** True when an Idempotency-Key found an earlier answer: nothing was decided or appended. */
  readonly replayed: boolean;
  /** How many events this command appended (0 when replayed or when there was nothing to say). */
  readonly appended: number;
}

/**
 * The actor of work nobody in particular asked for (deadline sweeps, repairs). Until the
 * identity issue lands, the HTTP edge uses it too; that is the seam where the user will go.
 */
export const SYSTEM_ACTOR: Actor = { userId: 'system', username: 'system', role: 'system' };
