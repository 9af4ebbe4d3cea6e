import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import { preparedQuery } from '../database/prepared-query';
import type { ProjectionCheckpointTable, ReadModelTables } from '../database/tables';

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

const upsertCheckpoint = preparedQuery<ProjectionCheckpointTable>((db, slot) => {
  const changes = {
    version: slot('version'),
    position: slot('position'),
    status: slot('status'),
    detail: slot('detail'),
    updated_at: slot('updated_at'),
  };
  return db
    .insertInto('projection_checkpoints')
    .values({ projection: slot('projection'), ...changes })
    .onConflict((oc) => oc.column('projection').doUpdateSet(changes));
});

export const saveCheckpoint = (
  trx: Transaction<ReadModelTables> | ReadModelDb,
  row: ProjectionCheckpointTable,
): Promise<unknown> => upsertCheckpoint(trx, row);
