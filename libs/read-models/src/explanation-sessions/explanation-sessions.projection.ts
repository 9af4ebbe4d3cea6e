import { assertNever, type ExplanationSessionEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';
import { foldForSearch } from '../search/fold';

type Trx = Transaction<ReadModelTables>;

const migrate = async (db: ReadModelDb): Promise<void> => {
  await db.schema
    .createTable('explanation_sessions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('supervising_body', 'text', (c) => c.notNull())
    .addColumn('council_level', 'text', (c) => c.notNull())
    .addColumn('supervisor_name', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('concluded_on', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
};

/** Explanation sessions, each with the agency that explained and the conclusion it ended with. */
export const explanationSessionsProjection: Projection = {
  name: 'explanation-sessions',
  version: 1,
  handles: new Set<ExplanationSessionEvent['type']>([
    'ExplanationSessionHeld',
    'ExplanationConclusionRecorded',
  ]),
  migrate,
  drop: async (db: ReadModelDb) => {
    await db.schema.dropTable('explanation_sessions').ifExists().execute();
  },

  async apply(trx: Trx, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as ExplanationSessionEvent;
    switch (event.type) {
      case 'ExplanationSessionHeld': {
        const d = event.data;
        const columns = {
          issue: d.issue,
          agency_id: d.agencyId,
          held_on: d.heldOn,
          supervising_body: d.supervisor.body,
          council_level: d.supervisor.level,
          supervisor_name: d.supervisor.name ?? null,
          search_text: foldForSearch(`${d.issue} ${d.supervisor.name ?? ''}`),
        };
        await trx
          .insertInto('explanation_sessions')
          .values({ id: d.explanationSessionId, ...columns, conclusion: null, concluded_on: null })
          .onConflict((oc) => oc.column('id').doUpdateSet(columns))
          .execute();
        return;
      }
      case 'ExplanationConclusionRecorded': {
        const d = event.data;
        await trx
          .updateTable('explanation_sessions')
          .set({ conclusion: d.conclusion, concluded_on: d.concludedOn })
          .where('id', '=', d.explanationSessionId)
          .execute();
        return;
      }
      default:
        return assertNever(event);
    }
  },
};
