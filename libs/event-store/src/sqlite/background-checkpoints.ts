import { Worker } from 'node:worker_threads';

/** How often the thread copies what the log's WAL holds into the database file. */
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
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick tries again */ }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints of a WAL database (the log, the read models), run by a thread of their own. SQLite checkpoints on the
 * committing connection by default, every 1000 pages: the copy and the fsync of the database
 * file then happen inside a commit, on the thread that answers HTTP — commits that usually
 * take a millisecond took 40 to 190 ms when one ran (measured under bench:http's load). The
 * writer turns its automatic checkpoints off (wal_autocheckpoint=0) and this thread does them.
 * If it ever fell behind, the WAL would only grow; every commit is still durable in it.
 */
export class BackgroundCheckpoints {
  private readonly worker: Worker;
  private readonly exited: Promise<unknown>;

  /**
   * `synchronous`: the level the file's own connections use (FULL for the log, NORMAL for read
   * models). `onFailure`: the thread could not run; the caller then lets its writer checkpoint
   * as SQLite does by default.
   */
  constructor(file: string, synchronous: 'FULL' | 'NORMAL', onFailure: (error: Error) => void) {
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
    // Never keeps the process alive on its own.
    this.worker.unref();
    this.worker.on('error', onFailure);
  }

  /** Stops after the checkpoint under way, if any; the writer's close checkpoints the rest. */
  async stop(): Promise<void> {
    // Held from here: a process whose last work is closing its store must wait for the thread.
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }
}
