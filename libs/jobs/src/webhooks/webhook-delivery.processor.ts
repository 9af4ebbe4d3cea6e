import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { WebhookCourier, type Delivery } from '@hdnd/webhooks';
import { QUEUES } from '../queues';

/**
 * Delivers one webhook notification for BullMQ. BullMQ retries a failure with backoff; after
 * the last attempt the failure is recorded in the webhook's stream, where the API shows it.
 * Deliveries wait on the network, so several run at once.
 */
@Processor(QUEUES.webhooks, { concurrency: 8 })
export class WebhookDeliveryProcessor extends WorkerHost {
  constructor(private readonly courier: WebhookCourier) {
    super();
  }

  async process(job: Job<Delivery>): Promise<void> {
    if (job.name !== 'deliver') throw new Error(`Unknown job ${job.name} on ${QUEUES.webhooks}.`);
    try {
      await this.courier.deliver(job.data);
    } catch (error) {
      const attempts = job.attemptsMade + 1;
      if (attempts >= (job.opts.attempts ?? 1)) {
        const reason = error instanceof Error ? error.message : String(error);
        await this.courier.recordFailure(job.data, reason, attempts);
      }
      throw error;
    }
  }
}
