import type { EventStore, RecordedEvent } from '@hdnd/event-store';
import type { ReadModelDb } from '../database/read-model-database';
import { PROJECTIONS } from '../projections';

/** Events applied per transaction: few commits, bounded work per commit. */
const PER_TRANSACTION = 5_000;

/** An event one projection could not apply, and why: what the runner would park. */
export interface UnappliedEvent {
  readonly projection: string;
  readonly position: bigint;
  readonly type: string;
  readonly streamId: string;
  readonly eventId: string;
  readonly reason: string;
}

/**
 * Applies every projection, in log order, to the events `include` accepts, into `db` (empty, or
 * scratch) — the same code the projection runner applies, without its checkpoints: for time
 * travel and for replay verification, which build a read model of their own beside the live one.
 */
export const buildReadModels = async (
  store: Pick<EventStore, 'readAll'>,
  db: ReadModelDb,
  options: {
    include?: (event: RecordedEvent) => boolean;
    /** Stop after this position (the head when the build began, say). */
    untilPosition?: bigint;
    onProgress?: (applied: number, position: bigint) => void;
    /**
     * Told of each event a projection cannot apply, which is then left out as the runner would
     * park it, and the build goes on. Without it, such an event ends the build with its error.
     */
    onUnapplied?: (unapplied: UnappliedEvent) => void;
  } = {},
): Promise<{ events: number }> => {
  for (const projection of PROJECTIONS) await projection.migrate(db);
  let batch: RecordedEvent[] = [];
  let events = 0;
  const flush = async () => {
    const applying = batch;
    batch = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const event of applying)
          for (const projection of PROJECTIONS)
            if (projection.handles.has(event.type)) await projection.apply(trx, event);
      });
    } catch (error) {
      if (!options.onUnapplied) throw error;
      // The batch left nothing: apply it again event by event and projection by projection, so
      // that only what cannot be applied is left out, as the runner parks it.
      for (const event of applying) await applyEach(event, options.onUnapplied);
    }
    const last = applying.at(-1);
    if (last) options.onProgress?.(events, last.position);
  };
  const applyEach = async (event: RecordedEvent, report: (u: UnappliedEvent) => void) => {
    for (const projection of PROJECTIONS) {
      if (!projection.handles.has(event.type)) continue;
      try {
        await db.transaction().execute((trx) => projection.apply(trx, event));
      } catch (error) {
        const { position, type, streamId, eventId } = event;
        const reason = error instanceof Error ? error.message : String(error);
        report({ projection: projection.name, position, type, streamId, eventId, reason });
      }
    }
  };
  for await (const event of store.readAll()) {
    if (options.untilPosition !== undefined && event.position > options.untilPosition) break;
    if (options.include && !options.include(event)) continue;
    batch.push(event);
    events += 1;
    if (batch.length >= PER_TRANSACTION) await flush();
  }
  await flush();
  return { events };
};
