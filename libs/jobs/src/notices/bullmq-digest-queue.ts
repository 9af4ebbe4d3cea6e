import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  digestJobId,
  NOTICE_SETTINGS,
  type DigestKey,
  type DigestQueue,
  type NoticeSettings,
} from '@hdnd/notices';
import { QUEUES } from '../queues';

/** A week: a digest queued again (a close repeated after a crash) stays one job, sent once. */
const KEEP_DONE_SECONDS = 7 * 24 * 3600;

/** Closed digests as BullMQ jobs, one per person and day. */
@Injectable()
export class BullmqDigestQueue implements DigestQueue {
  constructor(
    @InjectQueue(QUEUES.notices) private readonly queue: Queue,
    @Inject(NOTICE_SETTINGS) private readonly settings: NoticeSettings,
  ) {}

  async enqueue(digests: readonly DigestKey[]): Promise<void> {
    await this.queue.addBulk(
      digests.map(({ userId, day }) => ({
        name: 'digest',
        data: { userId, day },
        opts: {
          jobId: digestJobId({ userId, day }),
          attempts: this.settings.maxAttempts,
          backoff: { type: 'exponential', delay: this.settings.backoffMs },
          removeOnComplete: { age: KEEP_DONE_SECONDS },
          removeOnFail: { age: KEEP_DONE_SECONDS },
        },
      })),
    );
  }
}
