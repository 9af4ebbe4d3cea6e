import { assertNever, type CommitteeSupervisionEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';
import { foldForSearch } from '../search/fold';

type Trx = Transaction<ReadModelTables>;

const migrate = async (db: ReadModelDb): Promise<void> => {
  await db.schema
    .createTable('committee_supervisions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('supervising_body', 'text', (c) => c.notNull())
    .addColumn('council_level', 'text', (c) => c.notNull())
    .addColumn('supervisor_name', 'text')
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('conclusion', 'text')
    .addColumn('concluded_on', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
};

/** Supervision by the Standing Committee or a committee outside a delegation. */
export const committeeSupervisionsProjection: Projection = {
  name: 'committee-supervisions',
  version: 1,
  handles: new Set<CommitteeSupervisionEvent['type']>([
    'CommitteeSupervisionStarted',
    'CommitteeSupervisionConcluded',
  ]),
  migrate,
  drop: async (db: ReadModelDb) => {
    await db.schema.dropTable('committee_supervisions').ifExists().execute();
  },

  async apply(trx: Trx, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as CommitteeSupervisionEvent;
    switch (event.type) {
      case 'CommitteeSupervisionStarted': {
        const d = event.data;
        const columns = {
          topic: d.topic,
          supervising_body: d.supervisor.body,
          council_level: d.supervisor.level,
          supervisor_name: d.supervisor.name ?? null,
          started_on: d.startedOn,
          search_text: foldForSearch(`${d.topic} ${d.supervisor.name ?? ''}`),
        };
        await trx
          .insertInto('committee_supervisions')
          .values({
            id: d.committeeSupervisionId,
            ...columns,
            conclusion: null,
            concluded_on: null,
          })
          .onConflict((oc) => oc.column('id').doUpdateSet(columns))
          .execute();
        return;
      }
      case 'CommitteeSupervisionConcluded': {
        const d = event.data;
        await trx
          .updateTable('committee_supervisions')
          .set({ conclusion: d.conclusion, concluded_on: d.concludedOn })
          .where('id', '=', d.committeeSupervisionId)
          .execute();
        return;
      }
      default:
        return assertNever(event);
    }
  },
};
