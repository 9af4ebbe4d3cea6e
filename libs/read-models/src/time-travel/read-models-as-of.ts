import type { Clock, EventStore, RecordedEvent } from '@hdnd/event-store';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelSource,
} from '../database/read-model-database';
import { buildReadModels } from '../verification/build-from-log';
import { businessDates } from './business-date';

/**
 * The two times of the record. `recordedBy`: what the record said at that instant (transaction
 * time, the events recorded by then). `businessDate`: the state of the case on that date in
 * Vietnam, as known now (the events whose own date — issued on, responded on… — is that day or
 * earlier). Both at once: what the record said at `recordedBy` about the case on `businessDate`.
 */
export interface TimeTravel {
  readonly recordedBy?: Date;
  readonly businessDate?: string;
}

/** An event a projection could not apply while the past was rebuilt: reported, never thrown. */
export interface ParkedInTimeTravel {
  readonly position: number;
  readonly eventId: string;
  readonly streamId: string;
  readonly type: string;
  readonly projection: string;
  readonly reason: string;
}

export interface AsOf<T> {
  /** The case as it stood; undefined when it did not exist then. */
  readonly view: T | undefined;
  /** The revision of the case's stream at its last event taken into account. */
  readonly revision: number | undefined;
  /** Events that could not be applied; the view is what the rest of the log gives. */
  readonly parked: readonly ParkedInTimeTravel[];
}

/** The last millisecond of a date in Vietnam (UTC+7, no daylight saving). */
const endOfDay = (date: string): Date => new Date(`${date}T23:59:59.999+07:00`);

/**
 * Reads one case as it stood, built afresh: every projection applied, in a scratch in-memory
 * database, to the events `at` selects — never today's read model, which knows what came after.
 * Reads the log from the start, so it costs a pass over the log.
 */
export const readModelsAsOf = async <T>(
  store: Pick<EventStore, 'readAll'>,
  at: TimeTravel,
  streamId: string,
  read: (source: ReadModelSource, then: Clock) => Promise<T | undefined>,
): Promise<AsOf<T>> => {
  const db = openReadModelDatabase(':memory:');
  try {
    const until = at.recordedBy?.toISOString();
    const dateOf = businessDates();
    let revision: number | undefined;
    const include = (event: RecordedEvent): boolean => {
      // Every event goes through dateOf, so an undated one inherits its stream's last date.
      const date = dateOf(event);
      const included =
        (until === undefined || event.metadata.recordedAt <= until) &&
        (at.businessDate === undefined || date === undefined || date <= at.businessDate);
      if (included && event.streamId === streamId) revision = Number(event.revision);
      return included;
    };
    // An event a projection cannot apply (one the domain once accepted without a field a
    // projection needs) is left out and named, as the runner parks it: it must not turn every
    // question about the past into a 500.
    const parked: ParkedInTimeTravel[] = [];
    await buildReadModels(store, db, {
      include,
      onUnapplied: ({ position, ...unapplied }) =>
        parked.push({ ...unapplied, position: Number(position) }),
    });
    const then = at.businessDate !== undefined ? endOfDay(at.businessDate) : at.recordedBy!;
    const view = await read(fixedSource(db), { now: () => then });
    return { view, revision: view === undefined ? undefined : revision, parked };
  } finally {
    await db.destroy();
  }
};
