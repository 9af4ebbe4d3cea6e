import type { DelegationEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import { preparedQuery } from '../database/prepared-query';
import type { ReadModelDb } from '../database/read-model-database';
import type { FindingTable, ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';
import { foldForSearch } from '../search/fold';

const json = (value: unknown) => JSON.stringify(value);

/** Findings are the most frequent event a delegation gets: their upsert is compiled once. */
const upsertFinding = preparedQuery<FindingTable>((db, slot) => {
  const row = {
    delegation_id: slot('delegation_id'),
    survey_id: slot('survey_id'),
    agency_id: slot('agency_id'),
    kind: slot('kind'),
    statement: slot('statement'),
    indicators: slot('indicators'),
    obstacle_id: slot('obstacle_id'),
    recorded_on: slot('recorded_on'),
    search_text: slot('search_text'),
  };
  return db
    .insertInto('findings')
    .values({ id: slot('id'), ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row));
});

/** Delegations with their working groups, surveys and findings. */
export const delegationsProjection: Projection = {
  name: 'delegations',
  // 2: surveys recorded without a chair (SurveyRecorded v1) project, read with "not recorded";
  // a deployment that parked one rebuilds this projection at start and shows them.
  // 3: the supervising body and level of each delegation (DelegationEstablished v2).
  version: 3,
  handles: new Set<DelegationEvent['type']>([
    'DelegationEstablished',
    'WorkingGroupFormed',
    'SurveyRecorded',
    'FindingRecorded',
    'DelegationConcluded',
  ]),

  async migrate(db: ReadModelDb) {
    await db.schema
      .createTable('delegations')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('legal_basis', 'text', (c) => c.notNull())
      .addColumn('supervising_body', 'text', (c) => c.notNull())
      .addColumn('council_level', 'text', (c) => c.notNull())
      .addColumn('supervisor_name', 'text')
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('chair', 'text', (c) => c.notNull())
      .addColumn('members', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('concluded_on', 'text')
      .addColumn('summary', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('working_groups')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegation_id', 'text', (c) => c.notNull())
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('leader', 'text', (c) => c.notNull())
      .addColumn('members', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('surveys')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegation_id', 'text', (c) => c.notNull())
      .addColumn('working_group_id', 'text')
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('agency_ids', 'text', (c) => c.notNull())
      .addColumn('topics', 'text', (c) => c.notNull())
      .addColumn('chair', 'text', (c) => c.notNull())
      .addColumn('participants', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .execute();
    await db.schema
      .createTable('findings')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegation_id', 'text', (c) => c.notNull())
      .addColumn('survey_id', 'text')
      .addColumn('agency_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('statement', 'text', (c) => c.notNull())
      .addColumn('indicators', 'text', (c) => c.notNull())
      .addColumn('obstacle_id', 'text')
      .addColumn('recorded_on', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .execute();
    for (const table of ['working_groups', 'surveys', 'findings'] as const) {
      await db.schema
        .createIndex(`${table}_by_delegation`)
        .ifNotExists()
        .on(table)
        .column('delegation_id')
        .execute();
    }
  },

  async drop(db: ReadModelDb) {
    for (const table of ['findings', 'surveys', 'working_groups', 'delegations'])
      await db.schema.dropTable(table).ifExists().execute();
  },

  async apply(trx: Transaction<ReadModelTables>, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as DelegationEvent;
    const position = Number(recorded.position);
    switch (event.type) {
      case 'DelegationEstablished': {
        const d = event.data;
        const row = {
          title: d.title,
          topic: d.topic,
          legal_basis: json(d.legalBasis),
          supervising_body: d.supervisor.body,
          council_level: d.supervisor.level,
          supervisor_name: d.supervisor.name ?? null,
          period_from: d.periodFrom,
          period_to: d.periodTo,
          chair: json(d.chair),
          members: json(d.members),
          search_text: foldForSearch(`${d.title} ${d.topic} ${d.legalBasis.number}`),
          position,
        };
        await trx
          .insertInto('delegations')
          .values({
            id: d.delegationId,
            ...row,
            status: 'established',
            concluded_on: null,
            summary: null,
          })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'WorkingGroupFormed': {
        const d = event.data;
        const row = {
          delegation_id: d.delegationId,
          number: d.number,
          leader: json(d.leader),
          members: json(d.members),
        };
        await trx
          .insertInto('working_groups')
          .values({ id: d.workingGroupId, ...row })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'SurveyRecorded': {
        const d = event.data;
        const row = {
          delegation_id: d.delegationId,
          working_group_id: d.workingGroupId ?? null,
          date: d.date,
          agency_ids: json(d.agencyIds),
          topics: json(d.topics),
          chair: json(d.chair),
          participants: json(d.participants),
          notes: d.notes ?? null,
        };
        await trx
          .insertInto('surveys')
          .values({ id: d.surveyId, ...row })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'FindingRecorded': {
        const d = event.data;
        await upsertFinding(trx, {
          id: d.findingId,
          delegation_id: d.delegationId,
          survey_id: d.surveyId ?? null,
          agency_id: d.agencyId,
          kind: d.kind,
          statement: d.statement,
          indicators: json(d.indicators),
          obstacle_id: d.obstacleId ?? null,
          recorded_on: d.recordedOn,
          search_text: foldForSearch(d.statement),
        });
        return;
      }
      case 'DelegationConcluded': {
        const d = event.data;
        await trx
          .updateTable('delegations')
          .set({ status: 'concluded', concluded_on: d.concludedOn, summary: d.summary, position })
          .where('id', '=', d.delegationId)
          .execute();
        return;
      }
    }
  },
};
