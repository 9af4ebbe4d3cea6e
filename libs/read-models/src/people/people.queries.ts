import type { ReadModelDb } from '../database/read-model-database';

/** The display names of these accounts, in one query: a lookup by user id. */
export const displayNamesOf = async (
  db: ReadModelDb,
  userIds: Iterable<string>,
): Promise<(userId: string) => string | undefined> => {
  const wanted = [...new Set(userIds)];
  const rows =
    wanted.length === 0
      ? []
      : await db
          .selectFrom('people')
          .select(['id', 'display_name'])
          .where('id', 'in', wanted)
          .execute();
  const names = new Map(rows.map((p) => [p.id, p.display_name]));
  return (userId) => names.get(userId);
};
