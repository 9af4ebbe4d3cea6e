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
  // Counting working days walks the calendar day by day (~7 ms for five years): with `today`
  // fixed, each deadline is counted once — 100 000 cases share a few thousand deadlines.
  const overdue = new Map<string, number>();
  const daysSince = (dueOn: string): number => {
    let days = overdue.get(dueOn);
    if (days === undefined) overdue.set(dueOn, (days = calendar.workingDaysBetween(dueOn, today)));
    return days;
  };
  let number = 0;
  for await (const batch of batches)
    yield batch.map((row) => ({
      row,
      number: (number += 1),
      workingDaysOverdue:
        row.nextDueOn !== null && row.nextDueOn < today ? daysSince(row.nextDueOn) : 0,
    }));
}
