import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';

export const migrateCheckpoints = async (db: ReadModelDb): Promise<void> => {
  await db.schema
    .createTable('projection_checkpoints')
    .ifNotExists()
    .addColumn('projection', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('parked_events')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('projection', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('stream_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('parked_at', 'text', (c) => c.notNull())
    .execute();
};

export const saveCheckpoint = (
  trx: Transaction<ReadModelTables> | ReadModelDb,
  row: {
    projection: string;
    version: number;
    position: number;
    status: 'running' | 'degraded';
    detail: string | null;
    updated_at: string;
  },
) =>
  trx
    .insertInto('projection_checkpoints')
    .values(row)
    .onConflict((oc) =>
      oc.column('projection').doUpdateSet({
        version: row.version,
        position: row.position,
        status: row.status,
        detail: row.detail,
        updated_at: row.updated_at,
      }),
    )
    .execute();
