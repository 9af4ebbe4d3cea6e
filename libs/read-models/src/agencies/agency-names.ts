import type { ReadModelDb } from '../database/read-model-database';
import type { AgencyRef } from '../history/history-entry';

/**
 * The names of these agencies, in one query: a lookup from id to `{ id, name }` (name null for
 * an id the read model does not know). Pages a person reads name agencies, not only ids.
 */
export const agencyNamesOf = async (
  db: ReadModelDb,
  agencyIds: Iterable<string>,
): Promise<(agencyId: string) => AgencyRef> => {
  const wanted = [...new Set(agencyIds)];
  const rows =
    wanted.length === 0
      ? []
      : await db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', wanted).execute();
  const names = new Map(rows.map((a) => [a.id, a.name]));
  return (agencyId) => ({ id: agencyId, name: names.get(agencyId) ?? null });
};
