import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';

/**
 * A read model: the events it understands turned into rows. `apply` must be idempotent (upserts
 * keyed by ids) — the runner also skips what its checkpoint says is applied, but a projection
 * tested by replaying every event twice needs no such help.
 */
export interface Projection {
  readonly name: string;
  /** Raise it when the rows' shape or meaning changes: the runner rebuilds from position 0. */
  readonly version: number;
  /** The event types it applies; for others the runner only moves its position. */
  readonly handles: ReadonlySet<string>;
  /** Creates its tables if they do not exist. */
  migrate(db: ReadModelDb): Promise<void>;
  /** Drops its tables, for a rebuild. */
  drop(db: ReadModelDb): Promise<void>;
  apply(trx: Transaction<ReadModelTables>, event: RecordedEvent): Promise<void>;
}
