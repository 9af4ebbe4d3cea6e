import { assertNever, type InterpellationEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';
import { foldForSearch } from '../search/fold';

type Trx = Transaction<ReadModelTables>;

const TABLES = ['interpellation_questions', 'interpellations'] as const;

const migrate = async (db: ReadModelDb): Promise<void> => {
  await db.schema
    .createTable('interpellations')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meeting', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('supervising_body', 'text', (c) => c.notNull())
    .addColumn('council_level', 'text', (c) => c.notNull())
    .addColumn('supervisor_name', 'text')
    .addColumn('resolution', 'text')
    .addColumn('resolution_summary', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('interpellation_questions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interpellation_id', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('asked_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interpellation_questions_by_session')
    .ifNotExists()
    .on('interpellation_questions')
    .columns(['interpellation_id', 'asked_on', 'id'])
    .execute();
};

/** Interpellation sessions with their questions and answers, and the resolution after each. */
export const interpellationsProjection: Projection = {
  name: 'interpellations',
  version: 1,
  handles: new Set<InterpellationEvent['type']>([
    'InterpellationHeld',
    'InterpellationQuestionAnswered',
    'InterpellationResolutionAdopted',
  ]),
  migrate,
  drop: async (db: ReadModelDb) => {
    for (const table of TABLES) await db.schema.dropTable(table).ifExists().execute();
  },

  async apply(trx: Trx, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as InterpellationEvent;
    switch (event.type) {
      case 'InterpellationHeld': {
        const d = event.data;
        const columns = {
          title: d.title,
          meeting: d.meeting,
          held_on: d.heldOn,
          supervising_body: d.supervisor.body,
          council_level: d.supervisor.level,
          supervisor_name: d.supervisor.name ?? null,
          search_text: foldForSearch(`${d.title} ${d.meeting}`),
        };
        await trx
          .insertInto('interpellations')
          .values({
            id: d.interpellationId,
            ...columns,
            resolution: null,
            resolution_summary: null,
          })
          .onConflict((oc) => oc.column('id').doUpdateSet(columns))
          .execute();
        return;
      }
      case 'InterpellationQuestionAnswered': {
        const d = event.data;
        const columns = {
          interpellation_id: d.interpellationId,
          asked_by: d.askedBy,
          answered_by: JSON.stringify(d.answeredBy),
          agency_id: d.agencyId,
          question: d.question,
          answer: d.answer,
          asked_on: d.askedOn,
        };
        await trx
          .insertInto('interpellation_questions')
          .values({ id: d.questionId, ...columns })
          .onConflict((oc) => oc.column('id').doUpdateSet(columns))
          .execute();
        return;
      }
      case 'InterpellationResolutionAdopted': {
        const d = event.data;
        await trx
          .updateTable('interpellations')
          .set({ resolution: JSON.stringify(d.resolution), resolution_summary: d.summary })
          .where('id', '=', d.interpellationId)
          .execute();
        return;
      }
      default:
        return assertNever(event);
    }
  },
};
