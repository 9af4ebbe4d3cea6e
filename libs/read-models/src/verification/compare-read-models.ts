import { sql } from 'kysely';
import type { ReadModelDb } from '../database/read-model-database';
import { READ_MODEL_TABLES } from './read-model-tables';

export interface RowDifference {
  readonly table: string;
  /** The row's ordering key, e.g. `{ id: "kn-1" }`. */
  readonly key: Record<string, unknown>;
  readonly live?: Record<string, unknown>;
  readonly rebuilt?: Record<string, unknown>;
}

type Row = Record<string, unknown>;

const rowsOf = (db: ReadModelDb, table: string, orderBy: readonly string[]) => {
  let query = db.selectFrom(table as 'agencies').selectAll();
  if (table === 'recommendation_counts') query = query.where(sql.ref('n'), '<>', 0);
  for (const column of orderBy) query = query.orderBy(sql.ref(column));
  return query.stream(1_000) as AsyncIterableIterator<Row>;
};

const compareKeys = (a: Row, b: Row, orderBy: readonly string[]): number => {
  for (const c of orderBy) {
    const [x, y] = [a[c], b[c]] as [string | number, string | number];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
};

const same = (a: Row, b: Row) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Walks every read-model table of two databases side by side in key order, a thousand rows at
 * a time (never a whole table in memory), and returns the first `limit` rows that differ.
 */
export const compareReadModels = async (
  live: ReadModelDb,
  rebuilt: ReadModelDb,
  limit = 20,
): Promise<RowDifference[]> => {
  const out: RowDifference[] = [];
  for (const { table, orderBy } of READ_MODEL_TABLES) {
    const left = rowsOf(live, table, orderBy);
    const right = rowsOf(rebuilt, table, orderBy);
    let [l, r] = await Promise.all([left.next(), right.next()]);
    while ((!l.done || !r.done) && out.length < limit) {
      const order = l.done ? 1 : r.done ? -1 : compareKeys(l.value, r.value, orderBy);
      const key = Object.fromEntries(
        orderBy.map((c) => [c, (order <= 0 ? (l.value as Row) : (r.value as Row))[c]]),
      );
      if (order < 0) {
        out.push({ table, key, live: l.value as Row });
        l = await left.next();
      } else if (order > 0) {
        out.push({ table, key, rebuilt: r.value as Row });
        r = await right.next();
      } else {
        if (!same(l.value as Row, r.value as Row))
          out.push({ table, key, live: l.value as Row, rebuilt: r.value as Row });
        [l, r] = await Promise.all([left.next(), right.next()]);
      }
    }
    await Promise.all([left.return?.(), right.return?.()]);
    if (out.length >= limit) break;
  }
  return out;
};

/** Every row of every read-model table, in key order: for tests that compare whole builds. */
export const dumpReadModels = async (db: ReadModelDb): Promise<Record<string, unknown[]>> => {
  const out: Record<string, unknown[]> = {};
  for (const { table, orderBy } of READ_MODEL_TABLES) {
    const rows: unknown[] = [];
    for await (const row of rowsOf(db, table, orderBy)) rows.push(row);
    out[table] = rows;
  }
  return out;
};
