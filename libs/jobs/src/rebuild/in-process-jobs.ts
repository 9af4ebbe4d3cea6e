import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ReadModelRebuild } from '@hdnd/read-models';
import { REBUILD_JOB, viewOf, type JobFacts, type Jobs, type JobView } from '../tracking/job-view';

/** The jobs an operator can follow are kept this many at most (oldest finished ones go). */
const KEEP = 100;

type JobRecord = { -readonly [K in keyof JobFacts]: JobFacts[K] };

/**
 * The embedded default: a rebuild runs in this process, which is the one that keeps the read
 * models. Its record lives in memory: a restart forgets finished jobs, and a rebuild cut short
 * by one leaves the active read models as they were (its half-built file is removed at start).
 */
@Injectable()
export class InProcessJobs implements Jobs {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobRecord>();

  constructor(private readonly rebuild: ReadModelRebuild) {}

  rebuildReadModels(): Promise<{ jobId: string }> {
    const running = [...this.jobs.values()].find((j) => j.state === 'active');
    if (running) return Promise.resolve({ jobId: running.id });
    const job: JobRecord = {
      id: randomUUID(),
      name: REBUILD_JOB,
      state: 'active',
      processed: 0,
      total: 0,
      startedAt: Date.now(),
    };
    this.remember(job);
    void this.rebuild
      .run(job.id, ({ processed, total }) => {
        job.processed = processed;
        job.total = total;
      })
      .then(
        ({ processed, total }) => {
          Object.assign(job, { processed, total, state: 'completed', finishedAt: Date.now() });
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          this.logger.error(`${REBUILD_JOB} ${job.id} failed: ${reason}`);
          Object.assign(job, { state: 'failed', failedReason: reason, finishedAt: Date.now() });
        },
      );
    return Promise.resolve({ jobId: job.id });
  }

  find(id: string): Promise<JobView | undefined> {
    const job = this.jobs.get(id);
    return Promise.resolve(job && viewOf(job, Date.now()));
  }

  private remember(job: JobRecord): void {
    this.jobs.set(job.id, job);
    for (const [id, old] of this.jobs) {
      if (this.jobs.size <= KEEP) break;
      if (old.state !== 'active') this.jobs.delete(id);
    }
  }
}
