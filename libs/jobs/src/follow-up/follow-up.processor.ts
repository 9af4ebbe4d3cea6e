import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { FollowUpSweep, type SweepReport } from '@hdnd/application';
import { QUEUES } from '../queues';

/** Runs the deadline sweep for BullMQ; safe to run twice (each fact is recorded once). */
@Processor(QUEUES.followUp)
export class FollowUpProcessor extends WorkerHost {
  constructor(private readonly sweep: FollowUpSweep) {
    super();
  }

  async process(job: Job): Promise<SweepReport> {
    if (job.name !== 'sweep') throw new Error(`Unknown job ${job.name} on ${QUEUES.followUp}.`);
    return this.sweep.run();
  }
}
