import { Module, type DynamicModule } from '@nestjs/common';
import { FollowUpModule, type FollowUpOptions } from '@hdnd/application';
import { InProcessJobs } from './rebuild/in-process-jobs';
import { JOBS } from './tracking/job-view';

export interface JobsOptions {
  /** REDIS_URL: run jobs on BullMQ. Unset: the same job code runs in this process. */
  readonly redisUrl?: string;
  /** Host BullMQ workers here (WORKERS=off: this process only enqueues; apps/worker works). */
  readonly workers: boolean;
  readonly followUp: FollowUpOptions;
  /** Key prefix in Redis (default `bull`); tests use their own to stay apart. */
  readonly prefix?: string;
  /**
   * This process keeps the read models (the api; default), so it is the one that rebuilds
   * them: the swap to a rebuilt generation happens where the projection runner runs.
   */
  readonly projects?: boolean;
}

/** Background work: the deadline sweep and read-model rebuilds. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    if (!options.redisUrl) {
      // Embedded default: the sweep on an in-process timer.
      return {
        module: JobsModule,
        imports: [FollowUpModule.forRoot(options.followUp)],
        providers: [InProcessJobs, { provide: JOBS, useExisting: InProcessJobs }],
        exports: [FollowUpModule, JOBS],
      };
    }
    // BullMQ and ioredis (about 27 MB resident) are loaded only when REDIS_URL asks for them.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    const { bullmqJobs } = require('./bullmq-jobs.module') as typeof import('./bullmq-jobs.module');
    return bullmqJobs(JobsModule, { ...options, redisUrl: options.redisUrl });
  }
}
