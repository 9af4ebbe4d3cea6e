import { assertNever, type PetitionRoundEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';
import { foldForSearch } from '../search/fold';

type Trx = Transaction<ReadModelTables>;

const TABLES = ['petitions', 'petition_rounds'] as const;

const migrate = async (db: ReadModelDb): Promise<void> => {
  await db.schema
    .createTable('petition_rounds')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meeting', 'text', (c) => c.notNull())
    .addColumn('forwarded_on', 'text', (c) => c.notNull())
    .addColumn('answer_due_on', 'text', (c) => c.notNull())
    .addColumn('supervising_body', 'text', (c) => c.notNull())
    .addColumn('council_level', 'text', (c) => c.notNull())
    .addColumn('supervisor_name', 'text')
    .addColumn('petition_count', 'integer', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('petitions')
    .ifNotExists()
    .addColumn('petition_round_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('voters', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('petitions_pk', ['petition_round_id', 'id'])
    .execute();
  await db.schema
    .createIndex('petitions_in_order')
    .ifNotExists()
    .on('petitions')
    .columns(['petition_round_id', 'position', 'ordinal'])
    .execute();
};

/** Rounds of voters' petitions with their petitions, in the order they were recorded. */
export const petitionRoundsProjection: Projection = {
  name: 'petition-rounds',
  version: 1,
  handles: new Set<PetitionRoundEvent['type']>(['PetitionRoundOpened', 'PetitionsRecorded']),
  migrate,
  drop: async (db: ReadModelDb) => {
    for (const table of TABLES) await db.schema.dropTable(table).ifExists().execute();
  },

  async apply(trx: Trx, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as PetitionRoundEvent;
    switch (event.type) {
      case 'PetitionRoundOpened': {
        const d = event.data;
        const columns = {
          title: d.title,
          meeting: d.meeting,
          forwarded_on: d.forwardedOn,
          answer_due_on: d.answerDueOn,
          supervising_body: d.supervisor.body,
          council_level: d.supervisor.level,
          supervisor_name: d.supervisor.name ?? null,
          search_text: foldForSearch(`${d.title} ${d.meeting}`),
        };
        await trx
          .insertInto('petition_rounds')
          .values({ id: d.petitionRoundId, ...columns, petition_count: 0 })
          .onConflict((oc) => oc.column('id').doUpdateSet(columns))
          .execute();
        return;
      }
      case 'PetitionsRecorded': {
        const d = event.data;
        const position = Number(recorded.position);
        for (const [ordinal, p] of d.petitions.entries()) {
          const columns = { text: p.text, voters: p.voters, agency_id: p.agencyId };
          await trx
            .insertInto('petitions')
            .values({
              petition_round_id: d.petitionRoundId,
              id: p.petitionId,
              ...columns,
              position,
              ordinal,
            })
            .onConflict((oc) => oc.columns(['petition_round_id', 'id']).doUpdateSet(columns))
            .execute();
        }
        // Counted from the rows, so an event applied twice (a replay) counts each petition once.
        const { n } = await trx
          .selectFrom('petitions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('petition_round_id', '=', d.petitionRoundId)
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('petition_rounds')
          .set({ petition_count: Number(n) })
          .where('id', '=', d.petitionRoundId)
          .execute();
        return;
      }
      default:
        return assertNever(event);
    }
  },
};
