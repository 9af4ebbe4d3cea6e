import { Logger } from '@nestjs/common';
import type { Clock, EventStore } from '@hdnd/event-store';
import type { ReadModelDb, ReadModelSource } from '../database/read-model-database';
import type { Projection } from '../runner/projection';
import type { ProjectionStatus } from '../runner/projection-runner';
import {
  abandonedGenerationFiles,
  activeGenerationFile,
  makeGenerationActive,
  nextGenerationFile,
  removeGenerationFile,
} from './generation-files';
import { ReadModelGeneration } from './read-model-generation';

/** How long a retired generation stays open for the queries that started on it. */
const RETIRE_AFTER_MS = 5_000;
/** How often a process that only reads looks whether a rebuild has swapped generations. */
const LOOK_EVERY_MS = 1_000;

export interface ActiveReadModelsOptions {
  readonly dataDir: string;
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  readonly clock: Clock;
  /** This process keeps the read models up (the api); false: it only reads them (a worker). */
  readonly project: boolean;
}

/**
 * The read models queries see now: one generation, swapped for a rebuilt one in a single step
 * once the rebuilt one has caught up with the log (blue/green), so no read ever sees a
 * half-built model. Queries ask it for the database at each call.
 */
export class ActiveReadModels implements ReadModelSource {
  private readonly logger = new Logger('ReadModels');
  private current: ReadModelGeneration;
  private readonly retiring = new Set<{ generation: ReadModelGeneration; timer: NodeJS.Timeout }>();
  private lookedAt = 0;

  constructor(private readonly options: ActiveReadModelsOptions) {
    this.current = this.open(activeGenerationFile(options.dataDir));
  }

  get db(): ReadModelDb {
    if (!this.options.project) this.followSwaps();
    return this.current.queryDb;
  }

  /** The active generation (its writer connection, for dumps and checks). */
  get generation(): ReadModelGeneration {
    return this.current;
  }

  async start(): Promise<void> {
    if (!this.options.project) return;
    for (const file of abandonedGenerationFiles(this.options.dataDir)) {
      this.logger.log(`removing ${file}: a rebuild that never became active`);
      removeGenerationFile(file);
    }
    await this.current.runner.start();
  }

  async stop(): Promise<void> {
    for (const retiring of [...this.retiring]) {
      clearTimeout(retiring.timer);
      await this.retire(retiring);
    }
    await this.current.close();
  }

  /** A new, empty generation beside the active one, for a rebuild to fill. */
  open(file: string): ReadModelGeneration {
    const { store, projections, clock } = this.options;
    return new ReadModelGeneration(file, store, projections, clock);
  }

  nextFile(label: string): string {
    return nextGenerationFile(this.options.dataDir, label);
  }

  /** Makes `next` the active generation; the old one stops now and closes a little later. */
  async swapTo(next: ReadModelGeneration): Promise<void> {
    const old = this.current;
    makeGenerationActive(this.options.dataDir, next.file);
    this.current = next;
    this.logger.log(`read models now served from ${next.file}`);
    await old.runner.stop();
    this.scheduleRetirement(old, true);
  }

  position(): bigint {
    return this.current.runner.position();
  }

  statuses(): ProjectionStatus[] {
    return this.current.runner.statuses();
  }

  /** Resolves true once the active read models have reached `position`, across a swap. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const generation = this.current;
      const left = deadline - Date.now();
      if (await generation.runner.waitFor(position, Math.max(0, left))) return true;
      if (generation === this.current || Date.now() >= deadline) return false;
    }
  }

  /** In a process that only reads: after a rebuild elsewhere, read the file it made active. */
  private followSwaps(): void {
    const now = Date.now();
    if (now - this.lookedAt < LOOK_EVERY_MS) return;
    this.lookedAt = now;
    const file = activeGenerationFile(this.options.dataDir);
    if (file === this.current.file) return;
    const old = this.current;
    this.current = this.open(file);
    this.scheduleRetirement(old, false);
  }

  private scheduleRetirement(generation: ReadModelGeneration, removeFile: boolean): void {
    const retiring = {
      generation,
      timer: setTimeout(() => void this.retire(retiring, removeFile), RETIRE_AFTER_MS).unref(),
    };
    this.retiring.add(retiring);
  }

  private async retire(
    retiring: { generation: ReadModelGeneration; timer: NodeJS.Timeout },
    removeFile = false,
  ): Promise<void> {
    if (!this.retiring.delete(retiring)) return;
    await retiring.generation.close();
    if (removeFile) removeGenerationFile(retiring.generation.file);
  }
}
