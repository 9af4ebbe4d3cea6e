import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LogIntegrity } from '@hdnd/audit';
import { EVENT_STORE, type EventStore, type IntegrityReport } from '@hdnd/event-store';
import { viewOf, type JobFacts, type JobView } from '@hdnd/jobs';

export const VERIFY_JOB = 'audit.verify';

/** Verifications kept for their readers to fetch (oldest finished ones go). */
const KEEP = 20;
/** Progress is reported this often: a small log still shows its bar move. */
const PROGRESS_EVERY = 1000;

/** A verification as its reader follows it: the job, and once completed the check's report. */
export interface VerificationView extends JobView {
  readonly report?: IntegrityReport;
}

type Verification = { -readonly [K in keyof JobFacts]: JobFacts[K] } & { report?: IntegrityReport };

/**
 * The whole log's check (GET /api/audit/integrity) run as a job an auditor starts and follows:
 * the request answers at once, and the check reads the log page by page, giving the event loop
 * a turn between pages, so the api goes on answering meanwhile. It only reads, so it runs in
 * the process asked, with or without Redis; the record lives in memory (a restart forgets it).
 * While one runs, starting another answers the running one.
 */
@Injectable()
export class IntegrityVerifications {
  private readonly logger = new Logger('Audit');
  private readonly jobs = new Map<string, Verification>();

  constructor(
    private readonly integrity: LogIntegrity,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async start(): Promise<{ jobId: string }> {
    const running = [...this.jobs.values()].find((j) => j.state === 'active');
    if (running) return { jobId: running.id };
    const job: Verification = {
      id: randomUUID(),
      name: VERIFY_JOB,
      state: 'active',
      processed: 0,
      total: Number(await this.store.headPosition()),
      startedAt: Date.now(),
    };
    this.remember(job);
    void this.integrity
      .check({
        progressEvery: PROGRESS_EVERY,
        onProgress: (_, position) => {
          job.processed = Number(position);
          job.total = Math.max(job.total, job.processed);
        },
      })
      .then(
        (report) => {
          const reached = Number(report.head?.position ?? 0);
          Object.assign(job, {
            report,
            processed: report.ok ? Math.max(job.total, reached) : reached,
            total: Math.max(job.total, reached),
            state: 'completed',
            finishedAt: Date.now(),
          });
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          this.logger.error(`${VERIFY_JOB} ${job.id} failed: ${reason}`);
          Object.assign(job, { state: 'failed', failedReason: reason, finishedAt: Date.now() });
        },
      );
    return { jobId: job.id };
  }

  find(id: string): VerificationView | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    return { ...viewOf(job, Date.now()), ...(job.report && { report: job.report }) };
  }

  private remember(job: Verification): void {
    this.jobs.set(job.id, job);
    for (const [id, old] of this.jobs) {
      if (this.jobs.size <= KEEP) break;
      if (old.state !== 'active') this.jobs.delete(id);
    }
  }
}
