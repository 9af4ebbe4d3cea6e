import { addCalendarDays, ensure, type LocalDate } from '../shared';
import { publicHolidaysOf } from './public-holidays';

/**
 * What the government announces each year beyond the fixed holidays: extra days off (the fifth
 * day of Tết, the second day of National Day, bridges) and the Saturdays worked to make up for
 * them. Kept as data an admin adds to; an announcement wins over the rules below.
 */
export interface CalendarAdjustment {
  readonly date: LocalDate;
  readonly kind: 'day-off' | 'working-day';
  /** The decision that announced it, e.g. "Thông báo 6150/TB-BNV". */
  readonly basis: string;
}

/** Saturday and Sunday: the weekly rest of state agencies (Decree 45/2013, art. 4 — days off 6 and 0). */
const isWeekend = (date: LocalDate): boolean => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/** Which days state agencies work, in Asia/Ho_Chi_Minh calendar dates. */
export class WorkingCalendar {
  private readonly adjustments: ReadonlyMap<LocalDate, CalendarAdjustment>;
  private readonly daysOffByYear = new Map<number, ReadonlySet<LocalDate>>();

  constructor(adjustments: readonly CalendarAdjustment[] = []) {
    this.adjustments = new Map(adjustments.map((a) => [a.date, a]));
  }

  isWorkingDay(date: LocalDate): boolean {
    const announced = this.adjustments.get(date);
    if (announced) return announced.kind === 'working-day';
    return !isWeekend(date) && !this.holidaysOf(Number(date.slice(0, 4))).has(date);
  }

  /**
   * The public holidays of a year and, for each that falls on a weekend, the working day after
   * it (Labor Code 2019, art. 111: a holiday on a weekly rest day is made up the next working day).
   */
  private holidaysOf(year: number): ReadonlySet<LocalDate> {
    let days = this.daysOffByYear.get(year);
    if (!days) {
      const holidays = new Set(publicHolidaysOf(year).map((h) => h.date));
      const off = new Set(holidays);
      for (const holiday of [...holidays].sort()) {
        if (!isWeekend(holiday)) continue;
        let next = addCalendarDays(holiday, 1);
        while (isWeekend(next) || off.has(next)) next = addCalendarDays(next, 1);
        off.add(next);
      }
      days = off;
      this.daysOffByYear.set(year, days);
    }
    return days;
  }

  /** The working day `days` working days after `from` (before it when negative); 0 is `from` itself. */
  addWorkingDays(from: LocalDate, days: number): LocalDate {
    ensure(Number.isInteger(days), 'calendar.whole-days', 'A deadline counts whole days.');
    let date = from;
    const step = days < 0 ? -1 : 1;
    for (let left = Math.abs(days); left > 0;) {
      date = addCalendarDays(date, step);
      if (this.isWorkingDay(date)) left -= 1;
    }
    return date;
  }

  /** Working days after `from` up to and including `to` (negative when `to` is earlier). */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1))
      if (this.isWorkingDay(date)) count += 1;
    return count;
  }
}

/** A period given in law or in a decision: so many calendar days, or so many working days. */
export interface DeadlineSpan {
  readonly days: number;
  readonly unit: 'calendar' | 'working';
}

/**
 * The due date of a period starting on `from`. A calendar-day period that ends on a day off
 * ends on the next working day (Civil Code 2015, art. 148).
 */
export const dueDate = (
  from: LocalDate,
  span: DeadlineSpan,
  calendar: WorkingCalendar,
): LocalDate => {
  if (span.unit === 'working') return calendar.addWorkingDays(from, span.days);
  let due = addCalendarDays(from, span.days);
  while (!calendar.isWorkingDay(due)) due = addCalendarDays(due, 1);
  return due;
};
