import { BullModule } from '@nestjs/bullmq';
import type { DynamicModule } from '@nestjs/common';
import { FollowUpModule } from '@hdnd/application';
import { WEBHOOK_DELIVERY_QUEUE } from '@hdnd/webhooks';
import { NOTICE_DIGEST_QUEUE } from '@hdnd/notices';
import { BullmqDigestQueue } from './notices/bullmq-digest-queue';
import { NoticeDigestProcessor } from './notices/notice-digest.processor';
import { NoticeDigestSchedule } from './notices/notice-digest.schedule';
import { FollowUpProcessor } from './follow-up/follow-up.processor';
import { FollowUpSchedule, SWEEP_EVERY_MS } from './follow-up/follow-up.schedule';
import type { JobsOptions } from './jobs.module';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';
import { BullmqJobs } from './rebuild/bullmq-jobs';
import { RebuildProcessor } from './rebuild/rebuild.processor';
import { JOBS } from './tracking/job-view';
import { BullmqDeliveryQueue } from './webhooks/bullmq-delivery-queue';
import { WebhookDeliveryProcessor } from './webhooks/webhook-delivery.processor';
import { connectionFrom } from './redis-connection';
import { BullmqRedisHealth } from './health/bullmq-redis-health';
import { REDIS_HEALTH } from './health/redis-health';

/**
 * The jobs on BullMQ: queues, the sweep's job scheduler and, unless WORKERS=off, the sweep's
 * workers; the rebuild's worker wherever the read models are kept.
 */
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
    BullModule.registerQueue(
      { name: QUEUES.followUp },
      { name: QUEUES.projections },
      { name: QUEUES.webhooks },
      { name: QUEUES.notices },
    ),
  ],
  providers: [
    { provide: SWEEP_EVERY_MS, useValue: options.followUp.intervalMs },
    FollowUpSchedule,
    ...(options.workers
      ? [FollowUpProcessor, WebhookDeliveryProcessor, NoticeDigestProcessor]
      : []),
    BullmqDeliveryQueue,
    { provide: WEBHOOK_DELIVERY_QUEUE, useExisting: BullmqDeliveryQueue },
    NoticeDigestSchedule,
    BullmqDigestQueue,
    { provide: NOTICE_DIGEST_QUEUE, useExisting: BullmqDigestQueue },
    BullmqJobs,
    { provide: JOBS, useExisting: BullmqJobs },
    { provide: REDIS_HEALTH, useClass: BullmqRedisHealth },
    // Where the read models are kept, whatever WORKERS says: the swap happens there.
    ...((options.projects ?? true) ? [RebuildProcessor] : []),
  ],
  exports: [
    BullModule,
    FollowUpModule,
    JOBS,
    WEBHOOK_DELIVERY_QUEUE,
    NOTICE_DIGEST_QUEUE,
    REDIS_HEALTH,
  ],
  // Global: the webhook dispatcher (libs/application) hands its deliveries to this queue.
  global: true,
});
