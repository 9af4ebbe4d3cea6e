/** A background job as the operator sees it: what it is, where it stands, when it ends. */
export interface JobView {
  readonly id: string;
  /** `projections.rebuild` … (queue and job name). */
  readonly name: string;
  readonly state: 'waiting' | 'active' | 'completed' | 'failed';
  /** Progress in the job's own unit (a rebuild: log positions; on SQLite, events). */
  readonly processed: number;
  readonly total: number;
  readonly percent: number;
  /** Units per second since the job started. */
  readonly rate: number;
  /** Seconds left at that rate; null while unknown (not started, nothing done yet). */
  readonly etaSeconds: number | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** Why it failed, for a failed job (after its last attempt). */
  readonly failedReason?: string;
}

export interface JobFacts {
  readonly id: string;
  readonly name: string;
  readonly state: JobView['state'];
  readonly processed: number;
  readonly total: number;
  readonly startedAt?: number;
  readonly finishedAt?: number;
  readonly failedReason?: string;
}

/** Rate and ETA from what the job reported; the same arithmetic on either runner. */
export const viewOf = (job: JobFacts, now: number): JobView => {
  const end = job.finishedAt ?? now;
  const seconds = job.startedAt === undefined ? 0 : Math.max(end - job.startedAt, 1) / 1000;
  const rate = seconds > 0 ? job.processed / seconds : 0;
  const left = Math.max(job.total - job.processed, 0);
  return {
    id: job.id,
    name: job.name,
    state: job.state,
    processed: job.processed,
    total: job.total,
    percent: job.total > 0 ? Math.min(100, Math.floor((job.processed / job.total) * 100)) : 0,
    rate: Math.round(rate * 10) / 10,
    etaSeconds:
      job.state === 'completed'
        ? 0
        : rate > 0 && job.state === 'active'
          ? Math.ceil(left / rate)
          : null,
    startedAt: job.startedAt === undefined ? null : new Date(job.startedAt).toISOString(),
    finishedAt: job.finishedAt === undefined ? null : new Date(job.finishedAt).toISOString(),
    ...(job.failedReason !== undefined && { failedReason: job.failedReason }),
  };
};

/** Starting and following the jobs an operator asks for, whichever runner runs them. */
export interface Jobs {
  /**
   * Queues a rebuild of the read models; while one is waiting or running, answers its id
   * instead of queueing a second.
   */
  rebuildReadModels(): Promise<{ jobId: string }>;
  find(id: string): Promise<JobView | undefined>;
}

export const JOBS = Symbol('JOBS');

export const REBUILD_JOB = 'projections.rebuild';
