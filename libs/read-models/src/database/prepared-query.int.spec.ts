import { sql } from 'kysely';
import { migrateRecommendationTables } from '../recommendations/recommendations.schema';
import { preparedQuery } from './prepared-query';
import { openReadModelDatabase, type ReadModelDb } from './read-model-database';
import type { RecommendationCountTable } from './tables';

describe('preparedQuery', () => {
  let db: ReadModelDb;
  beforeEach(async () => {
    db = openReadModelDatabase(':memory:');
    await migrateRecommendationTables(db);
  });
  afterEach(() => db.destroy());

  // A slot used twice (the inserted n and the n added on conflict) and a constant written in.
  const addToCount = preparedQuery<Omit<RecommendationCountTable, 'status'>>((db, slot) =>
    db
      .insertInto('recommendation_counts')
      .values({
        agency_id: slot('agency_id'),
        delegation_id: slot('delegation_id'),
        status: 'awaiting-response',
        n: slot('n'),
      })
      .onConflict((oc) =>
        oc
          .columns(['agency_id', 'delegation_id', 'status'])
          .doUpdateSet((eb) => ({ n: eb('recommendation_counts.n', '+', slot('n')) })),
      ),
  );
  const countOf = preparedQuery<{ agency_id: string }, { n: number }>((db, slot) =>
    db.selectFrom('recommendation_counts').select('n').where('agency_id', '=', slot('agency_id')),
  );

  it('runs the same compiled statement with each call’s values, slots and constants in place', async () => {
    const ubnd = { agency_id: 'ubnd-tinh-tay-ninh', delegation_id: 'dgs-135' };
    await addToCount(db, { ...ubnd, n: 1 });
    await addToCount(db, { ...ubnd, n: 1 });
    await addToCount(db, { agency_id: 'so-noi-vu', delegation_id: 'dgs-135', n: 5 });
    await db.transaction().execute((trx) => addToCount(trx, { ...ubnd, n: -1 }));

    expect(await countOf(db, { agency_id: 'ubnd-tinh-tay-ninh' })).toEqual([{ n: 1 }]);
    expect(await countOf(db, { agency_id: 'so-noi-vu' })).toEqual([{ n: 5 }]);
    expect(
      await sql<{ status: string }>`SELECT DISTINCT status FROM recommendation_counts`
        .execute(db)
        .then((r) => r.rows),
    ).toEqual([{ status: 'awaiting-response' }]);
  });
});
