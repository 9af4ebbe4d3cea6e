import { ensure } from './domain-rule-violation';
import type { LocalDate } from './local-date';

/**
 * The business date (Asia/Ho_Chi_Minh) on which the application records a command. The domain
 * reads no clock, so the application hands it in; without it (a replay, a test of another rule)
 * the date is not checked against it.
 */
export type RecordedToday = Readonly<{ today?: LocalDate }>;

/**
 * A decision cannot be dated after the day it is recorded: the letter it records has not been
 * signed yet. Accepted, it would make "now" and "as of today" tell different stories — a case
 * answered in a later year shows as answered today, and averages count days that never passed.
 * No allowance is given: a date one day ahead is as impossible as one a year ahead.
 */
export const ensureNotAfterToday = (date: LocalDate | undefined, today: LocalDate | undefined) =>
  ensure(
    date === undefined || today === undefined || date <= today,
    'date.in-future',
    `${date} is after today (${today}); a decision is recorded on or after its date.`,
  );
