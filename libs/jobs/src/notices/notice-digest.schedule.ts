import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { NOTICE_SETTINGS, type NoticeSettings } from '@hdnd/notices';
import { QUEUES } from '../queues';

/**
 * Closing the digests due, as a BullMQ job scheduler (one schedule however many processes
 * upsert it); the job itself looks at the digest hour. Only when e-mail is on.
 */
@Injectable()
export class NoticeDigestSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.notices) private readonly queue: Queue,
    @Inject(NOTICE_SETTINGS) private readonly settings: NoticeSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.smtpUrl === undefined || this.settings.scheduleMs <= 0) return;
    await this.queue.upsertJobScheduler(
      'notice-digests',
      { every: this.settings.scheduleMs },
      { name: 'close', opts: { attempts: 1 } },
    );
  }
}
