import type Database from 'better-sqlite3';
import { LOG_GENESIS, nextLogHash } from '../hashing/log-chain';

/** Rows linked per statement batch while a version 1 log gains its chain. */
const BATCH = 10_000;

/**
 * Logs written before schema version 2 have no `log_hash`: add the column and link every row
 * in position order, once, at open. Nothing else of a row changes; its stream hash already
 * vouches for its content, and the chain is built from those hashes as they are.
 */
export const addLogChain = (db: Database.Database): void => {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(events)').all();
  if (!columns.some((c) => c.name === 'log_hash'))
    db.exec('ALTER TABLE events ADD COLUMN log_hash TEXT');
  // Every append links its rows, so a linked last row means a linked log: no scan at each open.
  const last = db
    .prepare<[], { log_hash: string | null }>(
      'SELECT log_hash FROM events ORDER BY position DESC LIMIT 1',
    )
    .get();
  if (last === undefined || last.log_hash !== null) return;
  const firstUnlinked = db
    .prepare<[], bigint | null>('SELECT min(position) FROM events WHERE log_hash IS NULL')
    .safeIntegers(true)
    .pluck();
  const linkBefore = db
    .prepare<[bigint], string | null>(
      'SELECT log_hash FROM events WHERE position < ? ORDER BY position DESC LIMIT 1',
    )
    .pluck();
  const unlinked = db
    .prepare<[bigint, number], [bigint, string]>(
      'SELECT position, hash FROM events WHERE position >= ? ORDER BY position LIMIT ?',
    )
    .safeIntegers(true)
    .raw(true);
  const link = db.prepare('UPDATE events SET log_hash = ? WHERE position = ?');
  db.transaction(() => {
    let from = firstUnlinked.get()!;
    let head = linkBefore.get(from) ?? LOG_GENESIS;
    for (;;) {
      const rows = unlinked.all(from, BATCH);
      for (const [position, hash] of rows) link.run((head = nextLogHash(head, hash)), position);
      if (rows.length < BATCH) break;
      from = rows.at(-1)![0] + 1n;
    }
  }).immediate();
};
