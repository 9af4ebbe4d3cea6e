const DAY_MONTH_YEAR = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * A date as a clerk types it, dd/mm/yyyy (or d/m/yyyy, with dots or dashes), as the API's
 * YYYY-MM-DD; null for anything that is not a real calendar date (31/02/2025) or not a date
 * yet (half typed). It is every date field's parser: Mantine's own reads "01/07/2025" as
 * 7 January, as an American would. YYYY-MM-DD, the one unambiguous other way, is taken as it is
 * (pasted from an export, say).
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
