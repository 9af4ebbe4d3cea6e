import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock, EventStore, RecordedEvent } from '@hdnd/event-store';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelSource,
} from '../database/read-model-database';
import { buildReadModels } from '../verification/build-from-log';
import { businessDates } from './business-date';
import type { ParkedInTimeTravel, TimeTravel } from './read-models-as-of';

/** The last millisecond of a date in Vietnam (UTC+7, no daylight saving). */
const endOfDay = (date: string): Date => new Date(`${date}T23:59:59.999+07:00`);

/**
 * Every read model as it stood at `at`, built afresh from the log into a scratch database, for
 * `use` to read as it likes (a whole report, not one case): what a case's time travel does for
 * one stream, for all of them. With `directory` the scratch database is a file there, so a log
 * of 100 000 cases costs disk, not memory; without it, it is held in memory. Either way it is
 * gone when `use` is done. The clock `use` is given reads "now" as the instant asked for.
 */
export const withPastReadModels = async <T>(
  store: Pick<EventStore, 'readAll'>,
  at: TimeTravel,
  use: (source: ReadModelSource, then: Clock) => Promise<T>,
  options: { readonly directory?: string } = {},
): Promise<{ readonly result: T; readonly parked: readonly ParkedInTimeTravel[] }> => {
  const then = at.businessDate !== undefined ? endOfDay(at.businessDate) : at.recordedBy;
  if (then === undefined)
    throw new Error('the past needs an instant recorded by or a business date');
  const scratch = options.directory && mkdtempSync(join(options.directory, 'hdnd-past-'));
  const db = openReadModelDatabase(scratch ? join(scratch, 'read-models.sqlite') : ':memory:');
  try {
    const until = at.recordedBy?.toISOString();
    const dateOf = businessDates();
    const include = (event: RecordedEvent): boolean => {
      // Every event goes through dateOf, so an undated one inherits its stream's last date.
      const date = dateOf(event);
      return (
        (until === undefined || event.metadata.recordedAt <= until) &&
        (at.businessDate === undefined || date === undefined || date <= at.businessDate)
      );
    };
    const parked: ParkedInTimeTravel[] = [];
    await buildReadModels(store, db, {
      include,
      onUnapplied: ({ position, ...unapplied }) =>
        parked.push({ ...unapplied, position: Number(position) }),
    });
    const result = await use(fixedSource(db), { now: () => then });
    return { result, parked };
  } finally {
    await db.destroy();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
};
