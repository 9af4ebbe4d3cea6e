import { Logger } from '@nestjs/common';
import type { Clock, EventStore, RecordedEvent, Subscription } from '@hdnd/event-store';
import type { ReadModelDb } from '../database/read-model-database';
import { migrateCheckpoints, saveCheckpoint } from './checkpoints';
import type { Projection } from './projection';
import { batches } from './batches';
import { PositionWaiters } from './position-waiters';

/**
 * Most events one transaction applies. Under load a batch is what arrived during the last one;
 * the cap bounds how long a read-your-writes query can wait behind it.
 */
const MAX_BATCH = 200;

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  /** The last log position this projection has taken into account. */
  readonly position: bigint;
  readonly status: 'starting' | 'running' | 'degraded';
  /** Why it is degraded: the last event it had to park. */
  readonly detail?: string;
  readonly caughtUp: boolean;
}

interface Running {
  projection: Projection;
  position: bigint;
  status: ProjectionStatus['status'];
  detail?: string;
  caughtUp: boolean;
}

/**
 * Keeps every projection up with the log from its own checkpoint (catch-up, then live): it
 * applies an event and moves its checkpoint in one transaction, so a crash
 * never applies an event twice or skips one. An event a projection cannot apply is parked with
 * its reason; that projection reports degraded and goes on, and the others are untouched.
 */
export class ProjectionRunner {
  private readonly logger = new Logger('Projections');
  private readonly running: Running[];
  private readonly waiters = new PositionWaiters(() => this.position());
  private subscription?: Subscription;
  private loop?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly db: ReadModelDb,
    projections: readonly Projection[],
    private readonly clock: Clock,
  ) {
    this.running = projections.map((projection) => ({
      projection,
      position: 0n,
      status: 'starting',
      caughtUp: false,
    }));
  }

  /**
   * One subscription feeds every projection, from the lowest checkpoint: each event is read
   * and parsed once, then offered to each projection that has not taken it into account yet.
   */
  async start(): Promise<void> {
    await migrateCheckpoints(this.db);
    for (const run of this.running) await this.prepare(run);
    const from = this.position();
    this.subscription = this.store.subscribe({
      afterPosition: from,
      onCaughtUp: () => {
        for (const run of this.running) run.caughtUp = true;
        this.notify();
      },
    });
    this.loop = this.follow(this.subscription);
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
    // Whoever waits for a position this runner will no longer reach hears so now.
    this.waiters.end();
  }

  statuses(): ProjectionStatus[] {
    return this.running.map(({ projection, position, status, detail, caughtUp }) => ({
      name: projection.name,
      version: projection.version,
      position,
      status,
      caughtUp,
      ...(detail !== undefined && { detail }),
    }));
  }

  /** The position every projection has reached: reads are at least this fresh. */
  position(): bigint {
    return this.running.reduce(
      (min, r) => (r.position < min ? r.position : min),
      this.running[0]?.position ?? 0n,
    );
  }

  /** Resolves true once every projection has reached `position`, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.waiters.waitFor(position, timeoutMs);
  }

  /** Loads the checkpoint; a new version drops the old rows and starts again from 0. */
  private async prepare(run: Running): Promise<void> {
    const { projection } = run;
    const saved = await this.db
      .selectFrom('projection_checkpoints')
      .selectAll()
      .where('projection', '=', projection.name)
      .executeTakeFirst();
    if (saved && saved.version !== projection.version) {
      this.logger.log(
        `${projection.name}: version ${saved.version} → ${projection.version}, rebuilding from the start`,
      );
      await projection.drop(this.db);
      await this.db
        .deleteFrom('projection_checkpoints')
        .where('projection', '=', projection.name)
        .execute();
    }
    await projection.migrate(this.db);
    const current = saved?.version === projection.version ? saved : undefined;
    run.position = BigInt(current?.position ?? 0);
    run.status = current?.status ?? 'running';
    if (current?.detail) run.detail = current.detail;
  }

  private async follow(events: AsyncIterable<RecordedEvent>): Promise<void> {
    try {
      for await (const batch of batches(events, MAX_BATCH)) {
        await this.applyBatch(batch);
        this.notify();
      }
    } catch (error) {
      // Only the read-model database failing gets here (a projection's own error is parked).
      for (const run of this.running) {
        run.status = 'degraded';
        run.detail = `stopped: ${error instanceof Error ? error.message : String(error)}`;
      }
      this.logger.error('projections stopped', error instanceof Error ? error.stack : undefined);
    }
  }

  /**
   * Every projection takes the batch in one transaction, with its checkpoint at the batch's
   * last position. If any event of it fails to apply, the transaction leaves nothing behind and
   * the batch is applied again event by event, so only that event is parked.
   */
  private async applyBatch(batch: readonly RecordedEvent[]): Promise<void> {
    const last = batch.at(-1)!.position;
    try {
      await this.db.transaction().execute(async (trx) => {
        const applied = new Set<Running>();
        for (const event of batch)
          for (const run of this.running) {
            if (event.position <= run.position || !run.projection.handles.has(event.type)) continue;
            await run.projection.apply(trx, event);
            applied.add(run);
          }
        for (const run of applied) await saveCheckpoint(trx, this.checkpoint(run, last));
      });
    } catch {
      for (const event of batch) await this.applyEach(event);
      return;
    }
    for (const run of this.running) if (run.position < last) run.position = last;
  }

  private async applyEach(event: RecordedEvent): Promise<void> {
    for (const run of this.running) {
      if (event.position <= run.position) continue;
      if (run.projection.handles.has(event.type)) await this.applyOne(run, event);
      run.position = event.position;
    }
  }

  private checkpoint(run: Running, position: bigint) {
    return {
      projection: run.projection.name,
      version: run.projection.version,
      position: Number(position),
      status: run.status === 'degraded' ? ('degraded' as const) : ('running' as const),
      detail: run.detail ?? null,
      updated_at: this.now(),
    };
  }

  private async applyOne(run: Running, event: RecordedEvent): Promise<void> {
    const { projection } = run;
    try {
      await this.db.transaction().execute(async (trx) => {
        await projection.apply(trx, event);
        await saveCheckpoint(trx, this.checkpoint(run, event.position));
      });
    } catch (error) {
      // Park it with the reason and go on: a stuck projection would leave every read stale.
      const reason = error instanceof Error ? error.message : String(error);
      run.status = 'degraded';
      run.detail = `event at position ${event.position} (${event.type}) parked: ${reason}`;
      this.logger.warn(`${projection.name}: ${run.detail}`);
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('parked_events')
          .values({
            projection: projection.name,
            version: projection.version,
            position: Number(event.position),
            event_id: event.eventId,
            stream_id: event.streamId,
            type: event.type,
            reason,
            parked_at: this.now(),
          })
          .execute();
        await saveCheckpoint(trx, this.checkpoint(run, event.position));
      });
    }
  }

  private notify(): void {
    this.waiters.notify();
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
