import { addCalendarDays, ensure, type LocalDate } from '../shared';
import type { WorkingCalendar } from './working-calendar';

/**
 * A due date as a decision states it: a calendar date, or so many working days (Vietnamese
 * decisions give both forms: "trước ngày 30/5", "trong 10 ngày làm việc").
 */
export type DueDateAsked = Readonly<{ on: LocalDate }> | Readonly<{ workingDays: number }>;

/**
 * The due date in force and, when it is not simply the date given, what was asked: the record
 * keeps both, so an auditor sees why a case is due on the Monday a letter did not name.
 */
export type SettledDueDate = Readonly<{ dueOn: LocalDate; asked?: DueDateAsked }>;

/** A year of working days: a longer count is a typing error, not a deadline. */
export const MAX_WORKING_DAYS = 250;

/** Exactly one of a date and a number of working days, as a command carries them. */
export const askedDueDate = (
  on: LocalDate | undefined,
  workingDays: number | undefined,
): DueDateAsked => {
  ensure(
    on !== undefined || workingDays !== undefined,
    'deadline.due-required',
    'Give the due date, or the number of working days it is due in.',
  );
  ensure(
    on === undefined || workingDays === undefined,
    'deadline.due-ambiguous',
    'Give the due date or a number of working days, not both.',
  );
  return on !== undefined ? { on } : { workingDays: workingDays! };
};

/**
 * The due date of what was asked. Working days count from `from` (the day of the decision is
 * not one of them), past weekends, holidays and announced days off; a date that falls on a day
 * off moves to the next working day (Civil Code 2015, art. 148), and the date asked is kept.
 */
export const settleDueDate = (
  asked: DueDateAsked,
  from: LocalDate,
  calendar: WorkingCalendar,
): SettledDueDate => {
  if ('workingDays' in asked) {
    const { workingDays } = asked;
    ensure(
      Number.isInteger(workingDays) && workingDays >= 1 && workingDays <= MAX_WORKING_DAYS,
      'deadline.working-days-invalid',
      `A due date in working days counts 1 to ${MAX_WORKING_DAYS} whole days.`,
    );
    return { dueOn: calendar.addWorkingDays(from, workingDays), asked: { workingDays } };
  }
  let dueOn = asked.on;
  while (!calendar.isWorkingDay(dueOn)) dueOn = addCalendarDays(dueOn, 1);
  return dueOn === asked.on ? { dueOn } : { dueOn, asked: { on: asked.on } };
};
