/** A local date `YYYY-MM-DD` when it is a real calendar day, otherwise null. */
const localDate = (year: number, month: number, day: number): string | null => {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WORDS = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;

/**
 * A date as Vietnamese offices write it, day first: `02/04/2024`, `2/4/2024`, `02-04-2024`,
 * `02.04.2024`, `ngày 02 tháng 4 năm 2024`, or ISO `2024-04-02`. Null when it is none of these
 * or not a real day (31/02/2024). Month-first (US) dates are never guessed: 04/02 is 4 February.
 */
export const parseVietnameseDate = (text: string): string | null => {
  const t = text.trim().normalize('NFC');
  const dayFirst = DAY_FIRST.exec(t) ?? WORDS.exec(t);
  if (dayFirst) return localDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = YEAR_FIRST.exec(t);
  if (yearFirst) return localDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return null;
};

/**
 * A date cell as the day it shows. exceljs reads a date cell as the instant of its serial taken
 * as UTC, so the UTC calendar day is the day Excel shows, whatever the server's time zone.
 */
export const dateOfCell = (value: Date): string | null =>
  Number.isNaN(value.getTime())
    ? null
    : localDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());

/** Excel's day 0 is 30/12/1899 (its 1900 leap-year bug included, for days after 28/02/1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date typed as a number cell (a serial the cell's format did not show as a date). */
export const dateOfSerial = (serial: number): string | null =>
  Number.isInteger(serial) && serial > 0 && serial < 400_000
    ? dateOfCell(new Date(EXCEL_EPOCH + serial * 86_400_000))
    : null;
