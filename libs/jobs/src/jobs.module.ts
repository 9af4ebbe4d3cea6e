import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { FollowUpModule, type FollowUpOptions } from '@hdnd/application';
import { FollowUpProcessor } from './follow-up/follow-up.processor';
import { FollowUpSchedule, SWEEP_EVERY_MS } from './follow-up/follow-up.schedule';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';
import { connectionFrom } from './redis-connection';

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
    return {
      module: JobsModule,
      imports: [
        FollowUpModule.forRoot({ ...options.followUp, intervalMs: 0 }),
        BullModule.forRoot({
          connection: connectionFrom(options.redisUrl),
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
          ...(options.prefix !== undefined && { prefix: options.prefix }),
        }),
        BullModule.registerQueue({ name: QUEUES.followUp }),
      ],
      providers: [
        { provide: SWEEP_EVERY_MS, useValue: options.followUp.intervalMs },
        FollowUpSchedule,
        ...(options.workers ? [FollowUpProcessor] : []),
      ],
      exports: [BullModule, FollowUpModule],
    };
  }
}
