import { Logger } from '@nestjs/common';
import type { EventStore } from '@hdnd/event-store';
import type { ActiveReadModels } from './active-read-models';
import { removeGenerationFile } from './generation-files';
import type { ReadModelGeneration } from './read-model-generation';

/** Where a rebuild stands, in log positions (on SQLite, events). */
export interface RebuildProgress {
  readonly processed: number;
  readonly total: number;
}

export interface RebuildOutcome extends RebuildProgress {
  readonly file: string;
}

/** How often the rebuild looks at its progress and whether it has caught up. */
const LOOK_EVERY_MS = 200;

/**
 * Builds every projection again from the first event into a new generation beside the active
 * one, which goes on serving reads and following the log meanwhile; when the new one has caught
 * up, it becomes the active one in one step. One rebuild at a time.
 */
export class ReadModelRebuild {
  private readonly logger = new Logger('ReadModels');
  private running = false;
  private stopping = false;

  constructor(
    private readonly active: ActiveReadModels,
    private readonly store: EventStore,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  async run(
    label: string,
    report: (progress: RebuildProgress) => unknown = () => undefined,
  ): Promise<RebuildOutcome> {
    if (this.running) throw new Error('A rebuild of the read models is already running.');
    this.running = true;
    const next = this.active.open(this.active.nextFile(label));
    try {
      this.logger.log(`rebuilding the read models into ${next.file}`);
      await next.runner.start();
      const progress = await this.catchUp(next, report);
      await this.active.swapTo(next);
      return { ...progress, file: next.file };
    } catch (error) {
      await next.close();
      removeGenerationFile(next.file);
      throw error;
    } finally {
      this.running = false;
    }
  }

  /** Stops a rebuild under way (shutdown); the active generation is untouched. */
  stop(): void {
    this.stopping = true;
  }

  private async catchUp(
    next: ReadModelGeneration,
    report: (progress: RebuildProgress) => unknown,
  ): Promise<RebuildProgress> {
    for (;;) {
      if (this.stopping) throw new Error('The rebuild was interrupted: the service is stopping.');
      const head = await this.store.headPosition();
      const reached = next.runner.position();
      const progress = { processed: Number(reached), total: Number(head) };
      await report(progress);
      const statuses = next.runner.statuses();
      const parked = statuses.find((s) => s.status === 'degraded');
      if (parked && !this.active.statuses().some((s) => s.status === 'degraded'))
        throw new Error(
          `The rebuilt ${parked.name} could not apply every event (${parked.detail}); ` +
            'the active read models stay.',
        );
      // Caught up with the log and with the active generation: a swap never goes back in time.
      if (statuses.every((s) => s.caughtUp) && reached >= head && reached >= this.active.position())
        return progress;
      await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
    }
  }
}
