import { dueDate, publicHolidaysOf, WorkingCalendar, type CalendarAdjustment } from '.';

/** What the Ministry of Home Affairs announced around Tết (the fifth day off each year). */
const tet2025: CalendarAdjustment[] = [
  { date: '2025-01-27', kind: 'day-off', basis: 'Thông báo 6150/TB-BNV (nghỉ Tết Ất Tỵ 2025)' },
];
const tet2026: CalendarAdjustment[] = [
  {
    date: '2026-02-20',
    kind: 'day-off',
    basis: 'Thông báo của Bộ Nội vụ (nghỉ Tết Bính Ngọ 2026)',
  },
];

describe('Vietnamese public holidays', () => {
  it('finds Tết Ất Tỵ 2025 and the Hùng Kings’ day from the lunar calendar', () => {
    const holidays = publicHolidaysOf(2025).map((h) => h.date);
    expect(holidays).toEqual(
      expect.arrayContaining([
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-04-07',
      ]),
    );
  });

  it('finds Tết Bính Ngọ 2026 and the Hùng Kings’ day', () => {
    const holidays = publicHolidaysOf(2026);
    expect(holidays).toContainEqual({ date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)' });
    expect(holidays.map((h) => h.date)).toEqual(
      expect.arrayContaining(['2026-02-16', '2026-02-18', '2026-02-19', '2026-04-26']),
    );
  });

  it('keeps the solar holidays on their days', () => {
    expect(publicHolidaysOf(2026).map((h) => h.date)).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02']),
    );
  });
});

describe('working days', () => {
  it('rests on weekends and holidays, and makes a weekend holiday up on the next working day', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false); // mùng 1 Tết
    // Hùng Kings' day 2026 is a Sunday: Monday the 27th is off instead.
    expect(calendar.isWorkingDay('2026-04-26')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('follows what was announced: an extra day off, a Saturday worked to make up for it', () => {
    const plain = new WorkingCalendar();
    const announced = new WorkingCalendar([
      ...tet2025,
      { date: '2025-02-08', kind: 'working-day', basis: 'làm bù (dữ liệu mẫu)' },
    ]);
    expect(plain.isWorkingDay('2025-01-27')).toBe(true);
    expect(announced.isWorkingDay('2025-01-27')).toBe(false);
    expect(announced.isWorkingDay('2025-02-08')).toBe(true);
  });

  it('counts a deadline across Tết 2025: the day after Friday 24 January is Monday 3 February', () => {
    const calendar = new WorkingCalendar(tet2025);
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(calendar.addWorkingDays('2025-01-22', 5)).toBe('2025-02-05');
    expect(calendar.addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
  });

  it('counts 15 working days across Tết 2026, with and without the announced fifth day', () => {
    expect(new WorkingCalendar(tet2026).addWorkingDays('2026-02-10', 15)).toBe('2026-03-10');
    expect(new WorkingCalendar().addWorkingDays('2026-02-10', 15)).toBe('2026-03-09');
  });

  it('counts the working days between two dates, either way round', () => {
    const calendar = new WorkingCalendar(tet2026);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(calendar.workingDaysBetween('2026-02-23', '2026-02-13')).toBe(-1);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
  });

  it('moves a calendar-day deadline that ends on a day off to the next working day', () => {
    const calendar = new WorkingCalendar(tet2026);
    expect(dueDate('2026-02-05', { days: 15, unit: 'calendar' }, calendar)).toBe('2026-02-23');
    expect(dueDate('2026-03-02', { days: 15, unit: 'calendar' }, calendar)).toBe('2026-03-17');
    expect(dueDate('2026-02-10', { days: 15, unit: 'working' }, calendar)).toBe('2026-03-10');
  });

  it('refuses a fraction of a day', () => {
    expect(() => new WorkingCalendar().addWorkingDays('2026-01-05', 1.5)).toThrow(/whole days/);
  });
});
