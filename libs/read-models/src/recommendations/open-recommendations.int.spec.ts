import type { RecordedEvent } from '@hdnd/event-store';
import { recommendationIssued } from '@hdnd/testing/recorded-recommendation-issued';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { migrateCheckpoints } from '../runner/checkpoints';
import { openRecommendationsFrom } from './open-recommendations';
import { recommendationsProjection } from './recommendations.projection';

const closed = (n: number, recommendationId: string): RecordedEvent => ({
  ...recommendationIssued(n, {
    recommendationId,
    addresseeAgencyId: 'ubnd-tinh-tay-ninh',
    text: '',
    issuedOn: '2024-04-10',
    responseDueOn: '2024-06-01',
  }),
  streamId: `recommendation-${recommendationId}`,
  revision: 1n,
  type: 'RecommendationClosed',
  schemaVersion: 1,
  data: {
    recommendationId,
    closedOn: '2024-09-30',
    outcome: 'implemented',
    assessment: 'Đã khắc phục',
  },
});

describe('open recommendations', () => {
  let db: ReadModelDb;
  beforeAll(async () => {
    db = openReadModelDatabase(':memory:');
    await migrateCheckpoints(db);
    await recommendationsProjection.migrate(db);
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < 7; n++)
        await recommendationsProjection.apply(
          trx,
          recommendationIssued(n, {
            recommendationId: `kn-${n}`,
            addresseeAgencyId: 'ubnd-tinh-tay-ninh',
            text: `Kiến nghị số ${n}`,
            issuedOn: '2024-04-10',
            responseDueOn: '2024-06-01',
          }),
        );
      await recommendationsProjection.apply(trx, closed(7, 'kn-3'));
    });
  });
  afterAll(() => db.destroy());

  it('hands out the ids of those not closed, in order, a page at a time', async () => {
    const pages: (readonly string[])[] = [];
    for await (const page of openRecommendationsFrom(fixedSource(db)).pages(2)) pages.push(page);
    expect(pages).toEqual([
      ['kn-0', 'kn-1'],
      ['kn-2', 'kn-4'],
      ['kn-5', 'kn-6'],
    ]);
  });
});
