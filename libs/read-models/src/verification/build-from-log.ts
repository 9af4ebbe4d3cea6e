import type { EventStore, RecordedEvent } from '@hdnd/event-store';
import type { ReadModelDb } from '../database/read-model-database';
import { PROJECTIONS } from '../projections';

/** Events applied per transaction: few commits, bounded work per commit. */
const PER_TRANSACTION = 5_000;

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
  } = {},
): Promise<{ events: number }> => {
  for (const projection of PROJECTIONS) await projection.migrate(db);
  let batch: RecordedEvent[] = [];
  let events = 0;
  const flush = async () => {
    const applying = batch;
    batch = [];
    await db.transaction().execute(async (trx) => {
      for (const event of applying)
        for (const projection of PROJECTIONS)
          if (projection.handles.has(event.type)) await projection.apply(trx, event);
    });
    const last = applying.at(-1);
    if (last) options.onProgress?.(events, last.position);
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
