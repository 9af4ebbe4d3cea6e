import type { ObstacleTransferred, RecommendationTransferred } from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import type { ReadModelTables } from '../database/tables';
import type { Projection } from '../runner/projection';

type TransferEvent = RecommendationTransferred | ObstacleTransferred;

/**
 * Every case a succession passed on, one row per handover: from which agency to which, from
 * which date. The case tables say who answers now; these rows keep who answered before, so an
 * abolished agency's cases are still found by its id and each deadline is charged to the agency
 * that held the case on its due date.
 */
export const handoversProjection: Projection = {
  name: 'handovers',
  version: 1,
  handles: new Set<TransferEvent['type']>(['RecommendationTransferred', 'ObstacleTransferred']),

  async migrate(db: ReadModelDb) {
    await db.schema
      .createTable('case_handovers')
      .ifNotExists()
      .addColumn('case_kind', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('from_agency_id', 'text', (c) => c.notNull())
      .addColumn('to_agency_id', 'text', (c) => c.notNull())
      .addColumn('effective_on', 'text', (c) => c.notNull())
      .addColumn('basis', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      // An agency is succeeded once: it hands a case over at most once.
      .addPrimaryKeyConstraint('case_handovers_pk', ['case_kind', 'case_id', 'from_agency_id'])
      .execute();
    // Each pair's handovers in order, with their cases: the dashboard counts them by pair, and
    // the lists find what an agency passed on (kind and agency) without reading the rows.
    await db.schema.dropIndex('case_handovers_by_from_agency').ifExists().execute();
    await db.schema
      .createIndex('case_handovers_by_pair')
      .ifNotExists()
      .on('case_handovers')
      .columns(['case_kind', 'from_agency_id', 'to_agency_id', 'case_id'])
      .execute();
  },

  async drop(db: ReadModelDb) {
    await db.schema.dropTable('case_handovers').ifExists().execute();
  },

  async apply(trx: Transaction<ReadModelTables>, recorded: RecordedEvent) {
    const event = { type: recorded.type, data: recorded.data } as TransferEvent;
    const { fromAgencyId, toAgencyId, effectiveOn, basis } = event.data;
    const row = {
      to_agency_id: toAgencyId,
      effective_on: effectiveOn,
      basis,
      position: Number(recorded.position),
    };
    await trx
      .insertInto('case_handovers')
      .values({
        case_kind: event.type === 'RecommendationTransferred' ? 'recommendation' : 'obstacle',
        case_id:
          event.type === 'RecommendationTransferred'
            ? event.data.recommendationId
            : event.data.obstacleId,
        from_agency_id: fromAgencyId,
        ...row,
      })
      .onConflict((oc) => oc.columns(['case_kind', 'case_id', 'from_agency_id']).doUpdateSet(row))
      .execute();
  },
};
