import { addCalendarDays, type WorkingCalendar } from '@hdnd/domain';
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
  const daysSince = workingDaysUntil(calendar, today);
  let number = 0;
  for await (const batch of batches)
    yield batch.map((row) => ({
      row,
      number: (number += 1),
      workingDaysOverdue:
        row.nextDueOn !== null && row.nextDueOn < today ? daysSince(row.nextDueOn) : 0,
    }));
}

/**
 * The working days after each day up to and including `today` (what
 * `calendar.workingDaysBetween(day, today)` says, for a day before `today`). The calendar is
 * walked back from `today` once, day by day, as far as the earliest day asked, and the count kept
 * for every day passed: a register's deadlines, whatever their number, cost one walk over the
 * years they span. Counting each deadline on its own walked those years once per distinct
 * deadline — two fifths of a 100 000-row report's time.
 */
export const workingDaysUntil = (
  calendar: WorkingCalendar,
  today: string,
): ((day: string) => number) => {
  const counts = new Map<string, number>([[today, 0]]);
  let earliest = today;
  let count = 0;
  return (day) => {
    for (; earliest > day; counts.set(earliest, count)) {
      if (calendar.isWorkingDay(earliest)) count += 1;
      earliest = addCalendarDays(earliest, -1);
    }
    return counts.get(day)!;
  };
};
