import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ImportReport } from './import-report';

/** Where an import job stands: rows done of rows planned, and the report once it ends. */
export interface ImportJobView {
  readonly id: string;
  readonly state: 'active' | 'completed' | 'failed';
  readonly processed: number;
  readonly total: number;
  readonly percent: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** What was found and done; while running, what the dry run found. */
  readonly report: ImportReport;
  readonly failedReason?: string;
}

type JobRecord = { -readonly [K in keyof ImportJobView]: ImportJobView[K] };

/** Finished jobs kept to be read back; the oldest go first. */
const KEEP = 100;

/**
 * Import jobs run in this process, one after another, and their records live in memory (the
 * last 100). A restart forgets a job and stops it between two commands; since every command
 * carries its derived idempotency key, importing the same file again finishes it and records
 * nothing twice.
 */
@Injectable()
export class ImportJobs {
  private readonly logger = new Logger('Imports');
  private readonly jobs = new Map<string, JobRecord>();
  private queue: Promise<unknown> = Promise.resolve();

  start(
    report: ImportReport,
    total: number,
    work: (progress: (done: number) => void) => Promise<ImportReport>,
  ): ImportJobView {
    const job: JobRecord = {
      id: randomUUID(),
      state: 'active',
      processed: 0,
      total,
      percent: total === 0 ? 100 : 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      report,
    };
    this.jobs.set(job.id, job);
    this.forgetOld();
    const progress = (done: number) => {
      job.processed = done;
      job.percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    };
    // One import at a time: two files naming the same delegation would race to establish it.
    this.queue = this.queue.then(async () => {
      try {
        job.report = await work(progress);
        job.state = 'completed';
      } catch (error) {
        job.state = 'failed';
        job.failedReason = error instanceof Error ? error.message : String(error);
        this.logger.error(`import ${job.id} failed: ${job.failedReason}`);
      } finally {
        job.finishedAt = new Date().toISOString();
      }
    });
    return { ...job };
  }

  find(id: string): ImportJobView | undefined {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  /** Resolves once every job started so far has ended (tests, shutdown). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP) return;
      if (job.state !== 'active') this.jobs.delete(id);
    }
  }
}
