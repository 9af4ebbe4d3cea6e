import { recommendationIssued } from '@hdnd/testing/recorded-recommendation-issued';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { migrateCheckpoints } from '../runner/checkpoints';
import { agenciesProjection } from '../agencies/agencies.projection';
import { handoversProjection } from '../handovers/handovers.projection';
import { recommendationsProjection } from './recommendations.projection';
import {
  RecommendationQueries,
  type RecommendationFilter,
  type RecommendationSort,
} from './recommendations.queries';

const PROVINCE = 'ubnd-tinh-tay-ninh';
const CITY = 'ubnd-tp-tay-ninh';

/** 23 recommendations, 16 to the province: due dates repeat, so the id decides ties. */
const issued = (n: number) =>
  recommendationIssued(n, {
    recommendationId: `kn-${String(n).padStart(2, '0')}`,
    addresseeAgencyId: n % 3 === 2 ? CITY : PROVINCE,
    text: `Kiến nghị số ${n}: khắc phục mất dữ liệu VNeID`,
    issuedOn: `2024-04-${String(10 + (n % 7)).padStart(2, '0')}`,
    responseDueOn: `2024-06-${String(1 + (n % 5)).padStart(2, '0')}`,
  });

describe('the recommendation list, page by page', () => {
  let db: ReadModelDb;
  let queries: RecommendationQueries;
  beforeAll(async () => {
    db = openReadModelDatabase(':memory:');
    await migrateCheckpoints(db);
    await recommendationsProjection.migrate(db);
    // The list names each addressee from the agencies table.
    await agenciesProjection.migrate(db);
    // The list by agency also finds what an agency passed on (see handovers).
    await handoversProjection.migrate(db);
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < 23; n++) await recommendationsProjection.apply(trx, issued(n));
    });
    queries = new RecommendationQueries(fixedSource(db), { now: () => new Date('2024-05-01') });
  });
  afterAll(() => db.destroy());

  const everyPage = async (filter: RecommendationFilter, pageSize: number) => {
    const ids: string[] = [];
    for (let page = 1; page <= 6; page++) {
      const { items, total } = await queries.list({ ...filter, page, pageSize });
      expect(total).toBe(filter.agencyId === PROVINCE ? 16 : 23);
      ids.push(...items.map((i) => i.id));
    }
    return ids;
  };

  it.each<RecommendationSort>(['responseDueOn', '-responseDueOn', 'issuedOn', '-issuedOn'])(
    'gives each recommendation once, in the order asked (%s), however the pages are cut',
    async (sort) => {
      const all = (await queries.list({ agencyId: PROVINCE, sort, pageSize: 200 })).items;
      const key = sort.endsWith('issuedOn') ? 'issuedOn' : 'responseDueOn';
      const expected = [...all]
        .sort((a, b) => a[key].localeCompare(b[key]) || a.id.localeCompare(b.id))
        .map((r) => r.id);
      if (sort.startsWith('-'))
        // Descending on the date, ascending on the id among equal dates.
        expected.sort((a, b) => {
          const [ra, rb] = [all.find((r) => r.id === a)!, all.find((r) => r.id === b)!];
          return rb[key].localeCompare(ra[key]) || a.localeCompare(b);
        });
      expect(all.map((r) => r.id)).toEqual(expected);
      expect(all.every((r) => r.addressee.current === PROVINCE)).toBe(true);
      for (const pageSize of [4, 7])
        expect(await everyPage({ agencyId: PROVINCE, sort }, pageSize)).toEqual(expected);
    },
  );

  it('pages past the end are empty, and the whole log pages the same way', async () => {
    expect((await queries.list({ agencyId: PROVINCE, page: 5, pageSize: 4 })).items).toEqual([]);
    const ids = await everyPage({}, 5);
    expect(ids).toHaveLength(23);
    expect(new Set(ids).size).toBe(23);
  });
});
