import { Module, type DynamicModule } from '@nestjs/common';
import { FollowUpModule, type FollowUpOptions } from '@hdnd/application';

export interface JobsOptions {
  /** REDIS_URL: run jobs on BullMQ. Unset: the same job code runs in this process. */
  readonly redisUrl?: string;
  /** Host BullMQ workers here (WORKERS=off: this process only enqueues; apps/worker works). */
  readonly workers: boolean;
  readonly followUp: FollowUpOptions;
  /** Key prefix in Redis (default `bull`); tests use their own to stay apart. */
  readonly prefix?: string;
}

/** Background work: the deadline sweep today; notifications and rebuilds join it. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    if (!options.redisUrl) {
      // Embedded default: the sweep on an in-process timer.
      return {
        module: JobsModule,
        imports: [FollowUpModule.forRoot(options.followUp)],
        exports: [FollowUpModule],
      };
    }
    // BullMQ and ioredis (about 27 MB resident) are loaded only when REDIS_URL asks for them.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    const { bullmqJobs } = require('./bullmq-jobs.module') as typeof import('./bullmq-jobs.module');
    return bullmqJobs(JobsModule, { ...options, redisUrl: options.redisUrl });
  }
}
