import type { ObstacleEvent } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';
import { foldForSearch } from '../search/fold';
import { businessDateOfObstacleEvent, detailsOfObstacleEvent } from './obstacle-history';

/** Obstacles from their finding to their resolution, with who answers for each now. */
export const obstaclesProjection: Projection = {
  name: 'obstacles',
  // 2: the referral's date and reason; each obstacle's history.
  version: 2,
  handles: new Set<ObstacleEvent['type']>([
    'ObstacleRecorded',
    'ObstacleAssigned',
    'ObstacleReferred',
    'ObstacleMerged',
    'ObstacleResolved',
    'ObstacleTransferred',
  ]),

  async migrate(db: ReadModelDb) {
    await db.schema
      .createTable('obstacles')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegation_id', 'text', (c) => c.notNull())
      .addColumn('finding_id', 'text', (c) => c.notNull())
      .addColumn('survey_id', 'text')
      .addColumn('source_agency_id', 'text', (c) => c.notNull())
      .addColumn('statement', 'text', (c) => c.notNull())
      .addColumn('recorded_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('responsible_agency_id', 'text')
      .addColumn('competence', 'text')
      .addColumn('merged_into', 'text')
      .addColumn('referred_to', 'text')
      .addColumn('referral_competence', 'text')
      .addColumn('referred_on', 'text')
      .addColumn('referral_reason', 'text')
      .addColumn('resolved_on', 'text')
      .addColumn('resolution', 'text')
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('obstacles_by_delegation')
      .ifNotExists()
      .on('obstacles')
      .column('delegation_id')
      .execute();
    await db.schema
      .createTable('obstacle_history')
      .ifNotExists()
      .addColumn('log_position', 'integer', (c) => c.primaryKey())
      .addColumn('obstacle_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('business_date', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('obstacle_history_by_obstacle')
      .ifNotExists()
      .on('obstacle_history')
      .column('obstacle_id')
      .execute();
    // A page of the list looks up what was merged into each of its obstacles.
    await db.schema
      .createIndex('obstacles_by_merged_into')
      .ifNotExists()
      .on('obstacles')
      .column('merged_into')
      .execute();
  },

  async drop(db: ReadModelDb) {
    await db.schema.dropTable('obstacle_history').ifExists().execute();
    await db.schema.dropTable('obstacles').ifExists().execute();
  },

  async apply(trx: Transaction<ReadModelTables>, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as ObstacleEvent;
    const position = Number(recorded.position);
    const id = event.data.obstacleId;
    const update = async (set: Partial<ReadModelTables['obstacles']>) => {
      const { numUpdatedRows } = await trx
        .updateTable('obstacles')
        .set({ ...set, position })
        .where('id', '=', id)
        .executeTakeFirst();
      if (numUpdatedRows === 0n) throw new Error(`obstacle ${id} is not in this read model`);
    };
    // First, since every case below returns; in the same transaction, so an event the switch
    // cannot apply leaves no history row either.
    await trx
      .insertInto('obstacle_history')
      .values({
        log_position: position,
        obstacle_id: id,
        at: recorded.metadata.recordedAt,
        type: event.type,
        business_date: businessDateOfObstacleEvent(event),
        actor: JSON.stringify(recorded.metadata.actor),
        details: JSON.stringify(detailsOfObstacleEvent(event)),
      })
      .onConflict((oc) => oc.column('log_position').doNothing())
      .execute();
    switch (event.type) {
      case 'ObstacleRecorded': {
        const d = event.data;
        const row = {
          delegation_id: d.delegationId,
          finding_id: d.findingId,
          survey_id: d.surveyId ?? null,
          source_agency_id: d.sourceAgencyId,
          statement: d.statement,
          recorded_on: d.recordedOn,
          search_text: foldForSearch(d.statement),
          position,
        };
        await trx
          .insertInto('obstacles')
          .values({
            id,
            ...row,
            status: 'recorded',
            responsible_agency_id: null,
            competence: null,
            merged_into: null,
            referred_to: null,
            referral_competence: null,
            referred_on: null,
            referral_reason: null,
            resolved_on: null,
            resolution: null,
            evidence: '[]',
          })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'ObstacleAssigned':
        return update({
          status: 'assigned',
          responsible_agency_id: event.data.agencyId,
          competence: event.data.competence,
        });
      case 'ObstacleReferred':
        return update({
          status: 'referred',
          responsible_agency_id: event.data.toAgencyId,
          competence: event.data.competence,
          referred_to: event.data.toAgencyId,
          referral_competence: event.data.competence,
          referred_on: event.data.referredOn,
          referral_reason: event.data.note,
        });
      case 'ObstacleMerged':
        return update({ status: 'merged', merged_into: event.data.intoObstacleId });
      case 'ObstacleResolved':
        return update({
          status: 'resolved',
          resolved_on: event.data.resolvedOn,
          resolution: event.data.resolution,
          evidence: JSON.stringify(event.data.evidence),
        });
      case 'ObstacleTransferred':
        return update({ responsible_agency_id: event.data.toAgencyId });
    }
  },
};
