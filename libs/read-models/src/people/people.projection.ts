import type { UserEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';

/**
 * The name each account goes by, so that a case's history says who acted as a person reads it
 * ("Thư ký HĐND tỉnh Tây Ninh"), not only a login. Roles and grants are not here: who may do
 * what is read from the log itself (the application's UserDirectory), never from a read model.
 */
export const peopleProjection: Projection = {
  name: 'people',
  version: 1,
  handles: new Set<UserEvent['type']>(['UserRegistered']),

  async migrate(db: ReadModelDb) {
    await db.schema
      .createTable('people')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
  },

  async drop(db: ReadModelDb) {
    await db.schema.dropTable('people').ifExists().execute();
  },

  async apply(trx: Transaction<ReadModelTables>, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as UserEvent;
    if (event.type !== 'UserRegistered') return;
    const row = {
      username: event.data.username,
      display_name: event.data.displayName,
      position: Number(recorded.position),
    };
    await trx
      .insertInto('people')
      .values({ id: event.data.userId, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  },
};
