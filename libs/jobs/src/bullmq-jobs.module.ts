import { BullModule } from '@nestjs/bullmq';
import type { DynamicModule } from '@nestjs/common';
import { FollowUpModule } from '@hdnd/application';
import { FollowUpProcessor } from './follow-up/follow-up.processor';
import { FollowUpSchedule, SWEEP_EVERY_MS } from './follow-up/follow-up.schedule';
import type { JobsOptions } from './jobs.module';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';
import { connectionFrom } from './redis-connection';

/** The jobs on BullMQ: queues, the sweep's job scheduler and, unless WORKERS=off, the workers. */
export const bullmqJobs = (
  module: DynamicModule['module'],
  options: JobsOptions & { redisUrl: string },
): DynamicModule => ({
  module,
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
});
