import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '../queues';

export const SWEEP_EVERY_MS = Symbol('SWEEP_EVERY_MS');

/**
 * The sweep as a BullMQ job scheduler (one schedule however many processes start it), plus one
 * run at start. The start job's id is the day, so processes starting together enqueue it once.
 */
@Injectable()
export class FollowUpSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.followUp) private readonly queue: Queue,
    @Inject(SWEEP_EVERY_MS) private readonly everyMs: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.everyMs <= 0) return;
    await this.queue.upsertJobScheduler(
      'follow-up-sweep',
      { every: this.everyMs },
      { name: 'sweep' },
    );
    await this.queue.add(
      'sweep',
      {},
      { jobId: `sweep-start-${new Date().toISOString().slice(0, 13)}` },
    );
  }
}
