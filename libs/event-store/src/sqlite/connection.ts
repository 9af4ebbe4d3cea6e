import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ConnectionPragmas {
  readonly journalMode: string;
  readonly synchronous: number;
}

/**
 * Opens a connection with the durability the log needs. WAL lets readers run beside the writer;
 * synchronous=FULL makes every commit fsync the WAL. better-sqlite3 opens WAL databases at
 * NORMAL otherwise, which can lose the last commits on power loss — so this is set on every
 * connection, every time, never assumed from the file.
 */
export const openDurableConnection = (file: string, busyTimeoutMs = 5000): Database.Database => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // SQLite's transient files (sorts, temporary indices of a query, statement journals) stay in
  // memory: they are small for this log, and a temporary file would add disk writes to reads.
  db.pragma('temp_store = MEMORY');
  // Another process (an ops CLI, a second api replica) may hold the write lock briefly.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return db;
};

export const readPragmas = (db: Database.Database): ConnectionPragmas => ({
  journalMode: String(db.pragma('journal_mode', { simple: true })),
  synchronous: Number(db.pragma('synchronous', { simple: true })),
});
