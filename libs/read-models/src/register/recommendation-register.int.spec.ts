import { recommendationIssued } from '@hdnd/testing/recorded-recommendation-issued';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { migrateCheckpoints } from '../runner/checkpoints';
import { agenciesProjection } from '../agencies/agencies.projection';
import { delegationsProjection } from '../delegations/delegations.projection';
import { handoversProjection } from '../handovers/handovers.projection';
import { recommendationsProjection } from '../recommendations/recommendations.projection';
import {
  RecommendationQueries,
  type RecommendationSort,
} from '../recommendations/recommendations.queries';
import { RecommendationRegister, type RegisterFilter } from './recommendation-register';

const PROVINCE = 'ubnd-tinh-tay-ninh';
const CITY = 'ubnd-tp-tay-ninh';
const clock = { now: () => new Date('2024-06-03T03:00:00Z') };

/** 23 recommendations, 16 to the province: due dates repeat, so the id decides ties. */
const issued = (n: number) =>
  recommendationIssued(n, {
    recommendationId: `kn-${String(n).padStart(2, '0')}`,
    addresseeAgencyId: n % 3 === 2 ? CITY : PROVINCE,
    text: `Kiến nghị số ${n}: khắc phục mất dữ liệu VNeID`,
    issuedOn: `2024-04-${String(10 + (n % 7)).padStart(2, '0')}`,
    responseDueOn: `2024-06-${String(1 + (n % 5)).padStart(2, '0')}`,
  });

describe('the register: every recommendation a tracker filter selects, batch by batch', () => {
  let db: ReadModelDb;
  let register: RecommendationRegister;
  let queries: RecommendationQueries;
  beforeAll(async () => {
    db = openReadModelDatabase(':memory:');
    await migrateCheckpoints(db);
    for (const projection of [
      recommendationsProjection,
      agenciesProjection,
      handoversProjection,
      delegationsProjection,
    ])
      await projection.migrate(db);
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < 23; n++) await recommendationsProjection.apply(trx, issued(n));
    });
    register = new RecommendationRegister(fixedSource(db), clock);
    queries = new RecommendationQueries(fixedSource(db), clock);
  });
  afterAll(() => db.destroy());

  const everyRow = async (filter: RegisterFilter, batchSize: number) => {
    const batches: string[][] = [];
    for await (const batch of register.batches(filter, batchSize))
      batches.push(batch.map((r) => r.id));
    return batches;
  };

  it.each<RecommendationSort>(['responseDueOn', '-responseDueOn', 'issuedOn', '-issuedOn'])(
    'gives each recommendation once, in the list’s order (%s), however the batches are cut',
    async (sort) => {
      const listed = (await queries.list({ sort, pageSize: 200 })).items.map((r) => r.id);
      expect(listed).toHaveLength(23);
      for (const batchSize of [1, 4, 7, 23, 500]) {
        const batches = await everyRow({ sort }, batchSize);
        expect(batches.flat()).toEqual(listed);
        expect(batches.every((b) => b.length <= batchSize)).toBe(true);
      }
    },
  );

  it('applies the list’s filters, and a period of issue', async () => {
    const toCity = (await everyRow({ agencyId: CITY }, 5)).flat();
    expect(toCity).toEqual(
      (await queries.list({ agencyId: CITY, pageSize: 200 })).items.map((r) => r.id),
    );
    expect(toCity).toHaveLength(7);
    const inPeriod = (
      await everyRow({ issuedFrom: '2024-04-12', issuedTo: '2024-04-13' }, 5)
    ).flat();
    // n % 7 is 2 or 3: n = 2, 3, 9, 10, 16, 17.
    expect([...inPeriod].sort()).toEqual(['kn-02', 'kn-03', 'kn-09', 'kn-10', 'kn-16', 'kn-17']);
  });

  it('gives nothing, and no empty batch, when nothing matches', async () => {
    expect(await everyRow({ agencyId: 'ubnd-khong-co' }, 5)).toEqual([]);
  });

  it('says of a recommendation awaiting its response what the register shows', async () => {
    const first = await register.batches({ sort: 'responseDueOn' }, 1).next();
    const row = (first.value as readonly unknown[])[0];
    expect(row).toMatchObject({
      id: 'kn-00',
      responseDueOn: '2024-06-01',
      originalResponseDueOn: '2024-06-01',
      response: null,
      responseTrack: 'awaiting-response',
      implementation: 'not-started',
      verification: 'unverified',
      completedOn: null,
      closedOn: null,
      commitments: [],
      // The response is awaited: its deadline is the one still to meet.
      nextDueOn: '2024-06-01',
      escalationStep: null,
    });
  });
});
