import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { QUEUES } from '../queues';
import { REBUILD_JOB, viewOf, type JobFacts, type Jobs, type JobView } from '../tracking/job-view';

/** A rebuild is long and starts afresh when retried: two attempts, then it waits for a person. */
const REBUILD_OPTIONS = { attempts: 2, removeOnComplete: 100 };

const STATES: Record<string, JobFacts['state']> = {
  completed: 'completed',
  failed: 'failed',
  active: 'active',
};

/** Jobs on BullMQ: any api replica can queue a rebuild and report on it from Redis. */
@Injectable()
export class BullmqJobs implements Jobs {
  constructor(@InjectQueue(QUEUES.projections) private readonly projections: Queue) {}

  async rebuildReadModels(): Promise<{ jobId: string }> {
    const [pending] = await this.projections.getJobs(['active', 'waiting', 'delayed'], 0, 0);
    if (pending?.id) return { jobId: pending.id };
    const job = await this.projections.add(
      'rebuild',
      {},
      { ...REBUILD_OPTIONS, jobId: randomUUID() },
    );
    return { jobId: job.id! };
  }

  async find(id: string): Promise<JobView | undefined> {
    const job = (await this.projections.getJob(id)) as Job | undefined;
    if (!job) return undefined;
    const progress = (job.progress ?? {}) as { processed?: number; total?: number };
    const returned = (job.returnvalue ?? {}) as { processed?: number; total?: number };
    return viewOf(
      {
        id,
        name: REBUILD_JOB,
        state: STATES[await job.getState()] ?? 'waiting',
        processed: returned.processed ?? progress.processed ?? 0,
        total: returned.total ?? progress.total ?? 0,
        ...(job.processedOn !== undefined && { startedAt: job.processedOn }),
        ...(job.finishedOn !== undefined && { finishedAt: job.finishedOn }),
        ...(job.failedReason && { failedReason: job.failedReason }),
      },
      Date.now(),
    );
  }
}
