import type { AgencyEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';
import { foldForSearch } from '../search/fold';

/** Agencies as registered, with their successor once one is recorded. */
export const agenciesProjection: Projection = {
  name: 'agencies',
  version: 1,
  handles: new Set<AgencyEvent['type']>(['AgencyRegistered', 'AgencySuccessionRecorded']),

  async migrate(db: ReadModelDb) {
    await db.schema
      .createTable('agencies')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('registered_on', 'text', (c) => c.notNull())
      .addColumn('successor_id', 'text')
      .addColumn('succession_effective_on', 'text')
      .addColumn('succession_basis', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
  },

  async drop(db: ReadModelDb) {
    await db.schema.dropTable('agencies').ifExists().execute();
  },

  async apply(trx: Transaction<ReadModelTables>, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as AgencyEvent;
    const position = Number(recorded.position);
    switch (event.type) {
      case 'AgencyRegistered': {
        const { agencyId, name, level, parentId, registeredOn } = event.data;
        const row = {
          name,
          level,
          parent_id: parentId ?? null,
          registered_on: registeredOn,
          search_text: foldForSearch(name),
          position,
        };
        await trx
          .insertInto('agencies')
          .values({
            id: agencyId,
            ...row,
            successor_id: null,
            succession_effective_on: null,
            succession_basis: null,
          })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'AgencySuccessionRecorded': {
        const { agencyId, successorId, effectiveOn, basis } = event.data;
        const { numUpdatedRows } = await trx
          .updateTable('agencies')
          .set({
            successor_id: successorId,
            succession_effective_on: effectiveOn,
            succession_basis: basis,
            position,
          })
          .where('id', '=', agencyId)
          .executeTakeFirst();
        if (numUpdatedRows === 0n)
          throw new Error(`succession of agency ${agencyId}, which this read model does not have`);
        return;
      }
    }
  },
};
