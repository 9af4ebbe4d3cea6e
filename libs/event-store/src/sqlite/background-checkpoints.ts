import { Worker } from 'node:worker_threads';

/** How often the thread copies what the WAL holds into the database file. */
const EVERY_MS = 100;

/**
 * The thread's whole program, plain CommonJS so that it runs the same from sources (Jest, the
 * demo) and from the build. It opens its own connection with the file's durability and runs a
 * PASSIVE checkpoint on a timer: that copies committed frames and fsyncs the database file,
 * never blocks the writer, and lets the writer start the WAL over once everything is copied.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = ' + workerData.synchronous);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints of a WAL database (the log, the read models) by a thread of their own, every
 * 100 ms. SQLite checkpoints on the committing connection once the WAL holds 1000 pages: the
 * copy and the fsync of the database file then happen inside a commit, on the thread that
 * answers HTTP, and under bench:http's command load such commits took 40–190 ms instead of
 * ~1.4. Checkpointed this often, the WAL rarely gets there. The writers keep SQLite's own
 * threshold as the backstop — if this thread falls behind or cannot run, they checkpoint as
 * before — because a writer that never checkpoints itself appended a third slower one event
 * at a time (measured: its WAL grew between the thread's checkpoints, and every fsync with it).
 */
export class BackgroundCheckpoints {
  private readonly worker: Worker;
  private readonly exited: Promise<unknown>;

  /** `synchronous`: the level the file's own connections use (FULL for the log). */
  constructor(file: string, synchronous: 'FULL' | 'NORMAL') {
    this.worker = new Worker(PROGRAM, {
      eval: true,
      workerData: {
        file,
        synchronous,
        everyMs: EVERY_MS,
        driver: require.resolve('better-sqlite3'),
      },
    });
    this.exited = new Promise((resolve) => this.worker.once('exit', resolve));
    // Never keeps the process alive on its own, and never takes it down: the backstop remains.
    this.worker.unref();
    this.worker.on('error', () => undefined);
  }

  /** Stops after the checkpoint under way, if any; the writer's close checkpoints the rest. */
  async stop(): Promise<void> {
    // Held from here: a process whose last work is closing its store must wait for the thread.
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }
}
