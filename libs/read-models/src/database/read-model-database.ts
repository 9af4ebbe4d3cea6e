import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReadModelTables } from './tables';

export type ReadModelDb = Kysely<ReadModelTables>;

/**
 * The read models' database. This file is the dialect seam: today SQLite (one file in
 * DATA_DIR); PostgreSQL joins here with Kysely's PostgresDialect. Queries and projections use
 * only the portable query builder.
 *
 * synchronous=NORMAL, not FULL: read models are rebuilt from the log, and each projection's
 * checkpoint commits with its rows, so a commit lost to power failure is simply applied again.
 */
export const openReadModelDatabase = (file: string): ReadModelDb => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  return new Kysely<ReadModelTables>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
};

/** Distinct SQL texts kept prepared; the projections and queries use a few dozen. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every statement anew, which profiling showed as a twentieth
 * of a command's CPU. better-sqlite3 statements are reusable, so the same SQL text gets the
 * same prepared statement (least recently used ones are dropped beyond the cache size).
 */
const withStatementCache = (database: Database.Database): SqliteDatabase => {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = rowsAsObjects(database.prepare(sql));
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
};

/**
 * better-sqlite3 builds each row object property by property in C++, which was half the time
 * of a 50-row tracker page. Rows are read as arrays instead and turned into objects by a
 * function made once per statement from its column names (ours: the SQL is always the
 * application's own), which V8 builds with a fixed shape at about twice the speed.
 */
const rowsAsObjects = (statement: Database.Statement): SqliteStatement => {
  if (!statement.reader) return statement as unknown as SqliteStatement;
  const raw = statement.raw(true);
  const fields = raw.columns().map((column, i) => `${JSON.stringify(column.name)}: row[${i}]`);
  const toObject = new Function('row', `return { ${fields.join(', ')} };`) as (
    row: unknown[],
  ) => Record<string, unknown>;
  return {
    reader: true,
    all: (parameters) => (raw.all(parameters) as unknown[][]).map(toObject),
    run: (parameters) => raw.run(parameters),
    *iterate(parameters) {
      for (const row of raw.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(row);
    },
  };
};

/**
 * Where queries find the read models. After a blue/green rebuild the active database is another
 * one, so queries ask for it at each call instead of keeping the one they were built with.
 */
export interface ReadModelSource {
  readonly db: ReadModelDb;
}

/** A source that is always the same database (tests, scratch rebuilds). */
export const fixedSource = (db: ReadModelDb): ReadModelSource => ({ db });
