import { addCalendarDays, WorkingCalendar } from '@hdnd/domain';
import type { RegisterRow } from '@hdnd/read-models';
import { registerLines, workingDaysUntil } from './register-lines';

const calendar = new WorkingCalendar([
  { date: '2024-02-17', kind: 'working-day', basis: 'Thông báo bù' },
  { date: '2024-04-29', kind: 'day-off', basis: 'Thông báo nghỉ' },
]);

describe('working days overdue, counted back from the register’s day', () => {
  it('says what the calendar counts, for days asked in any order', () => {
    const today = '2025-01-08';
    const days = Array.from({ length: 60 }, (_, i) => addCalendarDays(today, -((i * 53) % 800)));
    const count = workingDaysUntil(calendar, today);
    for (const day of days) expect(count(day)).toBe(calendar.workingDaysBetween(day, today));
    // Tết 2024, a Saturday worked and a day off announced lie in between.
    expect(count('2024-01-31')).toBe(calendar.workingDaysBetween('2024-01-31', today));
  });

  it('numbers the lines across batches and counts only deadlines before the day', async () => {
    const row = (id: string, nextDueOn: string | null) => ({ id, nextDueOn }) as RegisterRow;
    async function* batches() {
      yield [row('a', '2024-12-31'), row('b', null)];
      yield [row('c', '2025-01-08'), row('d', '2024-12-31'), row('e', '2024-06-03')];
    }
    const lines = [];
    for await (const batch of registerLines(batches(), calendar, '2025-01-08'))
      lines.push(...batch.map((l) => [l.row.id, l.number, l.workingDaysOverdue]));
    expect(lines).toEqual([
      ['a', 1, 5],
      ['b', 2, 0],
      ['c', 3, 0],
      ['d', 4, 5],
      ['e', 5, calendar.workingDaysBetween('2024-06-03', '2025-01-08')],
    ]);
  });
});
