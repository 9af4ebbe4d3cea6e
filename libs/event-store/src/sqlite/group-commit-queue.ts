/**
 * Collects work that arrives together and runs it as one batch on the next turn of the event
 * loop. The event log uses it so that commands arriving at once share one transaction, and
 * so one fsync, instead of queueing for one fsync each.
 */
export class GroupCommitQueue<Job> {
  private pending: Job[] = [];
  private scheduled = false;

  constructor(
    private readonly runBatch: (jobs: Job[]) => void,
    private readonly maxBatch = 1024,
  ) {}

  push(job: Job): void {
    this.pending.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  get size(): number {
    return this.pending.length;
  }

  private drain(): void {
    this.scheduled = false;
    const batch = this.pending.splice(0, this.maxBatch);
    if (batch.length > 0) this.runBatch(batch);
    if (this.pending.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }
}
