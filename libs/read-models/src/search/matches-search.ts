import { sql, type RawBuilder } from 'kysely';
import { containsPattern } from './fold';

/**
 * `column LIKE '%folded query%' ESCAPE '\'` — the same SQL in SQLite and PostgreSQL. The column
 * holds text folded by foldForSearch when the row was written.
 */
export const matchesSearch = (column: string, query: string): RawBuilder<boolean> =>
  sql<boolean>`${sql.ref(column)} like ${containsPattern(query)} escape '\\'`;
