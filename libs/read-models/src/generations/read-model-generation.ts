import { BackgroundCheckpoints, type Clock, type EventStore } from '@hdnd/event-store';
import { openReadModelDatabase, type ReadModelDb } from '../database/read-model-database';
import type { Projection } from '../runner/projection';
import { ProjectionRunner } from '../runner/projection-runner';

/**
 * One copy of the read models: its file, a connection the projection runner writes on, one the
 * queries read on, and the runner. A rebuild makes a second generation beside the active one.
 */
export class ReadModelGeneration {
  readonly db: ReadModelDb;
  /**
   * A second connection for queries. Kysely serialises the statements of one connection, and
   * the runner keeps its connection busy with back-to-back transactions; with WAL, reads on
   * their own connection see every committed checkpoint without waiting for the writer.
   */
  readonly queryDb: ReadModelDb;
  readonly runner: ProjectionRunner;
  /** Checkpoints off the runner's commits, as for the log (see BackgroundCheckpoints). */
  private readonly checkpoints: BackgroundCheckpoints;

  constructor(
    readonly file: string,
    store: EventStore,
    projections: readonly Projection[],
    clock: Clock,
  ) {
    this.db = openReadModelDatabase(file);
    // Opened after the writer, which creates the file.
    this.queryDb = openReadModelDatabase(file);
    this.checkpoints = new BackgroundCheckpoints(file, 'NORMAL');
    this.runner = new ProjectionRunner(store, this.db, projections, clock);
  }

  async close(): Promise<void> {
    await this.runner.stop();
    await this.checkpoints.stop();
    await this.queryDb.destroy();
    await this.db.destroy();
  }
}
