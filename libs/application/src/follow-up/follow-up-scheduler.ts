import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { FollowUpSweep } from './follow-up-sweep';

export const FOLLOW_UP_INTERVAL_MS = Symbol('FOLLOW_UP_INTERVAL_MS');

/**
 * Runs the sweep in-process: once shortly after start, then every interval
 * (FOLLOW_UP_INTERVAL_MINUTES, default 60; 0 turns it off). Never two runs at once. With Redis
 * the same sweep is to run as a BullMQ job scheduler instead (the jobs issue).
 */
@Injectable()
export class FollowUpScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('FollowUp');
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly sweep: FollowUpSweep,
    @Inject(FOLLOW_UP_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    // Shortly after start, so the read models have caught up with the log first.
    this.timers.push(setTimeout(() => void this.runOnce(), 5_000).unref());
    this.timers.push(setInterval(() => void this.runOnce(), this.intervalMs).unref());
  }

  async onApplicationShutdown(): Promise<void> {
    this.timers.forEach((t) => clearTimeout(t));
    await this.running;
  }

  private async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep.run().catch((error: unknown) => {
      // A store that is down now is tried again at the next interval.
      this.logger.warn(`sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    await this.running;
    this.running = undefined;
  }
}
