/**
 * A calendar date in Asia/Ho_Chi_Minh, written `YYYY-MM-DD`. Deadlines and business dates are
 * local dates, not instants: "due on 2024-05-02" means that day in Vietnam, wherever the server is.
 * ISO dates compare correctly as strings, which keeps the rules below readable.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date (2024-02-30 is not one). */
export const isLocalDate = (value: unknown): value is LocalDate => {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
};

export const isBefore = (a: LocalDate, b: LocalDate): boolean => a < b;
export const isAfter = (a: LocalDate, b: LocalDate): boolean => a > b;

/** Pure date arithmetic on the calendar; no clock is read. */
export const addCalendarDays = (date: LocalDate, days: number): LocalDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  // A date-only ISO string parses as UTC midnight (ECMA-262), so no time zone enters here.
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Business dates are calendar dates in Vietnam, wherever the server runs. */
export const BUSINESS_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const businessDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last answer, by minute: every list query asks, and Intl formatting is slow. */
let lastMinute = Number.NaN;
let lastDate = '';

/**
 * The local date (YYYY-MM-DD) in Asia/Ho_Chi_Minh at `instant`; the instant comes from the
 * caller. Time-zone offsets change on whole minutes, so one minute has one date.
 */
export const businessDateOf = (instant: Date): LocalDate => {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = businessDateFormat.format(instant);
    lastMinute = minute;
  }
  return lastDate;
};
