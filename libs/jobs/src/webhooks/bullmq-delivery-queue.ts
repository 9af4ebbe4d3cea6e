import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  WEBHOOK_SETTINGS,
  type Delivery,
  type DeliveryQueue,
  type WebhookSettings,
} from '@hdnd/webhooks';
import { QUEUES } from '../queues';

/** A week: longer than any dispatcher restart re-reads, so a re-queued delivery stays one job. */
const KEEP_DONE_SECONDS = 7 * 24 * 3600;

/** BullMQ keeps custom job ids whole only without ':' (its key separator). */
export const deliveryJobId = (d: Pick<Delivery, 'eventId' | 'webhookId'>): string =>
  `${d.eventId}.${d.webhookId}`.replaceAll(':', '_');

/** Webhook deliveries as BullMQ jobs, one per event and webhook. */
@Injectable()
export class BullmqDeliveryQueue implements DeliveryQueue {
  constructor(
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async enqueue(deliveries: readonly Delivery[]): Promise<void> {
    await this.queue.addBulk(
      deliveries.map((delivery) => ({
        name: 'deliver',
        data: delivery,
        opts: {
          jobId: deliveryJobId(delivery),
          attempts: this.settings.maxAttempts,
          backoff: { type: 'exponential', delay: this.settings.backoffMs },
          removeOnComplete: { age: KEEP_DONE_SECONDS },
          removeOnFail: { age: KEEP_DONE_SECONDS },
        },
      })),
    );
  }
}
