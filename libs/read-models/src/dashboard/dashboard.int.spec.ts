import { recommendationIssued } from '@hdnd/testing/recorded-recommendation-issued';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { PROJECTIONS } from '../projections';
import { migrateCheckpoints } from '../runner/checkpoints';
import { recommendationsProjection } from '../recommendations/recommendations.projection';
import { DashboardQueries } from './dashboard.queries';

const PROVINCE = 'ubnd-tinh-tay-ninh';
const CITY = 'ubnd-tp-tay-ninh';

/** Recommendation n: every third to the city, the rest to the province; due 2024-06-01…05. */
const issued = (n: number) =>
  recommendationIssued(n, {
    recommendationId: `kn-${n}`,
    addresseeAgencyId: n % 3 === 2 ? CITY : PROVINCE,
    text: `Kiến nghị số ${n}`,
    issuedOn: '2024-04-10',
    responseDueOn: `2024-06-0${1 + (n % 5)}`,
  });

describe('the dashboard', () => {
  let db: ReadModelDb;
  beforeAll(async () => {
    db = openReadModelDatabase(':memory:');
    await migrateCheckpoints(db);
    for (const projection of PROJECTIONS) await projection.migrate(db);
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < 30; n++) await recommendationsProjection.apply(trx, issued(n));
    });
  });
  afterAll(() => db.destroy());

  it('counts each agency’s recommendations in its scorecard, and all of them in the totals', async () => {
    // 2024-06-03: those due on the 1st and 2nd are past due and unanswered.
    const dashboard = await new DashboardQueries(fixedSource(db), {
      now: () => new Date('2024-06-03T03:00:00.000Z'),
    }).get();
    expect(dashboard.recommendations).toMatchObject({
      total: 30,
      byStatus: { 'awaiting-response': 30 },
      overdue: 12,
    });
    const byAgency = Object.fromEntries(dashboard.agencies.map((a) => [a.agencyId, a]));
    expect(byAgency[PROVINCE]).toMatchObject({ received: 20, late: 8, open: 20 });
    expect(byAgency[CITY]).toMatchObject({ received: 10, late: 4, open: 10 });
  });
});
