import type Database from 'better-sqlite3';

/** Streams remembered; beyond this the least recently seen are forgotten (and read again). */
const REMEMBERED = 50_000;

/**
 * The last revision of each stream as this connection last saw it, valid only while no other
 * connection has written to the file. Command handlers fold a stream from the revision they
 * cached, so most of their reads ask for what comes after the end of a stream: nothing. That
 * empty query is a read transaction, one of the larger costs of a command; this answers it
 * from memory instead.
 *
 * SQLite's `data_version` changes when another connection (a worker, the CLI) commits, and not
 * for this connection's own commits; on any change everything remembered is dropped, so a
 * stream written elsewhere is always read from the file.
 */
export class KnownStreamHeads {
  private readonly heads = new Map<string, bigint>();
  private readonly dataVersion: () => number;
  private seenVersion: number;
  /**
   * data_version costs a read transaction of its own: it is asked once per turn of the event
   * loop. A write by another process is seen from the next turn; no append relies on this, as
   * each checks its expected revision against the stream's head inside its own transaction.
   */
  private checkedThisTurn = false;

  constructor(db: Database.Database) {
    const statement = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.dataVersion = () => statement.get()!;
    this.seenVersion = this.dataVersion();
  }

  /** True when the stream is known to end before `fromRevision`: there is nothing to read. */
  endsBefore(streamId: string, fromRevision: bigint): boolean {
    const head = this.heads.get(streamId);
    if (head === undefined || fromRevision <= head) return false;
    if (this.checkedThisTurn) return true;
    const version = this.dataVersion();
    if (version !== this.seenVersion) {
      this.heads.clear();
      this.seenVersion = version;
      return false;
    }
    this.checkedThisTurn = true;
    setImmediate(() => (this.checkedThisTurn = false));
    return true;
  }

  /**
   * The stream ends at `revision` (-1: no such stream), as a read to its end or a committed
   * append found. Noted under the version last checked: if another connection wrote since, the
   * next check drops it (with everything else).
   */
  saw(streamId: string, revision: bigint): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, revision);
    if (this.heads.size > REMEMBERED) this.heads.delete(this.heads.keys().next().value!);
  }
}
