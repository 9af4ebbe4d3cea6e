import type Holidays from 'date-holidays';
import { addCalendarDays, type LocalDate } from '../shared';

/** A day off fixed by law, with its Vietnamese name. */
export interface PublicHoliday {
  readonly date: LocalDate;
  readonly name: string;
}

/**
 * The lunar dates, from date-holidays' Vietnamese calendar (new moons reckoned at UTC+7, which
 * is why Vietnam's Tết can fall a day before China's). Built once: it parses its data at start.
 */
let calendar: Holidays | undefined;
const lunarCache = new Map<number, { tet: LocalDate; hungKings: LocalDate }>();

const lunarDatesOf = (year: number) => {
  let dates = lunarCache.get(year);
  if (!dates) {
    // Loaded on first use: its data for every country costs about 20 MB resident.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    calendar ??= new (require('date-holidays') as typeof Holidays)('VN');
    const byRule = new Map(calendar.getHolidays(year).map((h) => [h.rule, h.date.slice(0, 10)]));
    const tet = byRule.get('vietnamese 1-0-1');
    const hungKings = byRule.get('vietnamese 3-0-10');
    if (!tet || !hungKings) throw new Error(`No lunar calendar for ${year}.`);
    dates = { tet, hungKings };
    lunarCache.set(year, dates);
  }
  return dates;
};

/**
 * The public holidays of a year that the Labor Code (2019, art. 112) fixes to the day: New
 * Year's Day; Tết — the last day of the lunar year and the first three of the new one (the
 * fifth day, and the days around it, the government announces each year); the Hùng Kings'
 * day (10th of the 3rd lunar month); Reunification Day; Labour Day; National Day (the second
 * day of it is announced each year). What is announced is kept as calendar adjustments.
 */
export const publicHolidaysOf = (year: number): PublicHoliday[] => {
  const { tet, hungKings } = lunarDatesOf(year);
  return [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    { date: addCalendarDays(tet, -1), name: 'Tết Nguyên đán (30 Tết)' },
    { date: tet, name: 'Tết Nguyên đán (mùng 1)' },
    { date: addCalendarDays(tet, 1), name: 'Tết Nguyên đán (mùng 2)' },
    { date: addCalendarDays(tet, 2), name: 'Tết Nguyên đán (mùng 3)' },
    { date: hungKings, name: 'Giỗ Tổ Hùng Vương' },
    { date: `${year}-04-30`, name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế Lao động' },
    { date: `${year}-09-02`, name: 'Quốc khánh' },
  ];
};
