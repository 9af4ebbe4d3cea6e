import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { ReadModelRebuild, type RebuildOutcome } from '@hdnd/read-models';
import { QUEUES } from '../queues';

/**
 * Rebuilds the read models for BullMQ, reporting progress on the job. A rebuild cut short (the
 * api stopped) is taken up again after the stall interval and starts afresh: the active read
 * models were never touched.
 */
@Processor(QUEUES.projections)
export class RebuildProcessor extends WorkerHost {
  constructor(private readonly rebuild: ReadModelRebuild) {
    super();
  }

  async process(job: Job): Promise<RebuildOutcome> {
    if (job.name !== 'rebuild')
      throw new Error(`Unknown job ${job.name} on ${QUEUES.projections}.`);
    return this.rebuild.run(job.id ?? 'rebuild', (progress) => job.updateProgress(progress));
  }
}
