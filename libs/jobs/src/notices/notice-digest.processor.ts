import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { DigestCourier, type DeliveryOutcome, type DigestKey } from '@hdnd/notices';
import { QUEUES } from '../queues';

/**
 * Sends one person's digest of one day for BullMQ (`digest`), and closes the digests due on the
 * schedule (`close`). BullMQ retries a refused digest with backoff; after the last attempt the
 * failure is kept for the admin. A digest already sent is not sent again.
 */
@Processor(QUEUES.notices, { concurrency: 4 })
export class NoticeDigestProcessor extends WorkerHost {
  constructor(private readonly courier: DigestCourier) {
    super();
  }

  async process(job: Job<DigestKey>): Promise<DeliveryOutcome | number> {
    if (job.name === 'close') return (await this.courier.closeScheduled()).length;
    if (job.name !== 'digest') throw new Error(`Unknown job ${job.name} on ${QUEUES.notices}.`);
    try {
      return await this.courier.deliver(job.data);
    } catch (error) {
      const attempts = job.attemptsMade + 1;
      if (attempts >= (job.opts.attempts ?? 1)) {
        const reason = error instanceof Error ? error.message : String(error);
        this.courier.recordFailure(job.data, reason, attempts);
      }
      throw error;
    }
  }
}
