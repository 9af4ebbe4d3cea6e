import type { RecordedEvent } from '../port/envelope';
import type { Clock, EventStore } from '../port/event-store';

/** The clock a store restores with: it reads each event's own recorded-at time. */
export class ReplayClock implements Clock {
  private at = new Date(0);
  set(recordedAt: string): void {
    this.at = new Date(recordedAt);
  }
  now(): Date {
    return this.at;
  }
}

export class RestoreRefused extends Error {}

/** Appends in flight at once: SQLite's group commit writes them in one transaction each batch. */
const IN_FLIGHT = 256;

/**
 * Appends every event of `events`, in order, to an empty `target` opened with `clock`: the same
 * ids, streams, revisions, data, metadata and recorded-at times, so the store computes the same
 * hashes and the same chain over the log. Each append expects its exact revision, so the log
 * comes out in the same order, and a store that was not empty refuses the first one.
 *
 * `pipelined`: the store reads its clock when append() is called (SQLite), so appends may be in
 * flight together; otherwise (EventStoreDB) one waits for the other.
 */
export const restoreLog = async (
  events: AsyncIterable<RecordedEvent>,
  target: EventStore,
  clock: ReplayClock,
  options: { pipelined: boolean; onProgress?: (restored: number) => void },
): Promise<{ restored: number }> => {
  if ((await target.headPosition()) !== 0n)
    throw new RestoreRefused(
      'The target store is not empty: a log is restored only into an empty one.',
    );
  let restored = 0;
  let failure: unknown;
  const inFlight: Promise<unknown>[] = [];
  for await (const e of events) {
    if (failure !== undefined) break;
    clock.set(e.metadata.recordedAt);
    const { recordedAt: _recordedAt, ...metadata } = e.metadata;
    const appended = target
      .append(
        e.streamId,
        [
          {
            eventId: e.eventId,
            type: e.type,
            schemaVersion: e.schemaVersion,
            data: e.data,
            metadata,
          },
        ],
        { expectedRevision: e.revision === 0n ? 'no-stream' : e.revision - 1n },
      )
      .then((result) => {
        if (result.revision !== e.revision)
          throw new RestoreRefused(
            `${e.streamId} came out at revision ${result.revision}, not ${e.revision}.`,
          );
      })
      .catch((error: unknown) => {
        failure ??= error;
      });
    restored += 1;
    if (!options.pipelined) await appended;
    else {
      inFlight.push(appended);
      if (inFlight.length >= IN_FLIGHT) await Promise.all(inFlight.splice(0));
    }
    if (restored % 10_000 === 0) options.onProgress?.(restored);
  }
  await Promise.all(inFlight);
  // The file was verified before: what fails here is the target (a full disk, a lost server),
  // and what was restored so far stays. Empty the target before trying again.
  if (failure !== undefined) throw failure;
  options.onProgress?.(restored);
  return { restored };
};
