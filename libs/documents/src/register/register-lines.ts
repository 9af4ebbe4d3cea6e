import type { WorkingCalendar } from '@hdnd/domain';
import type { RegisterRow } from '@hdnd/read-models';
import type { RegisterLine } from './register-columns';

/**
 * The register's rows as numbered lines, each with its working days overdue on `today`: the
 * earliest deadline still to meet, counted on the working calendar deadlines are set with.
 */
export async function* registerLines(
  batches: AsyncIterable<readonly RegisterRow[]>,
  calendar: WorkingCalendar,
  today: string,
): AsyncGenerator<readonly RegisterLine[]> {
  let number = 0;
  for await (const batch of batches)
    yield batch.map((row) => ({
      row,
      number: (number += 1),
      workingDaysOverdue:
        row.nextDueOn !== null && row.nextDueOn < today
          ? calendar.workingDaysBetween(row.nextDueOn, today)
          : 0,
    }));
}
