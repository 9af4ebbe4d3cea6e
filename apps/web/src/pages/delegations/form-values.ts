/*
 * What a form's inputs hold, turned into what the API takes. Inputs hold text ('' when empty);
 * the API wants an absent field, not an empty one, where nothing was given, so the kit can say
 * "… là thông tin bắt buộc" before sending instead of the API refusing a date of ''.
 */

/** A date input's value (YYYY-MM-DD) or nothing when left empty. */
export const dateValue = (value: string): string | undefined => (value === '' ? undefined : value);

/** A number input's value (Mantine gives '' when empty) or nothing. */
export const numberValue = (value: number | string): number | undefined => {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  const parsed = Number(value.replace(',', '.'));
  return Number.isNaN(parsed) ? Number.NaN : parsed;
};

/** A list typed row by row, without the rows left empty. */
export const filledRows = (rows: readonly string[]): string[] =>
  rows.filter((row) => row.trim() !== '');

const DAY_MONTH_YEAR = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * A date as a clerk types it, dd/mm/yyyy (or 2/4/2024, or with dots), as YYYY-MM-DD; null
 * when it is not a day of the calendar (31/02/2024) or not a date at all.
 */
export const parseTypedDate = (typed: string): string | null => {
  const dmy = DAY_MONTH_YEAR.exec(typed);
  const iso = ISO_DATE.exec(typed);
  const [year, month, day] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [Number.NaN, Number.NaN, Number.NaN];
  if (Number.isNaN(year)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
