/**
 * A date as a clerk types it, dd/mm/yyyy (or d/m/yyyy, with dots or dashes), as the API's
 * YYYY-MM-DD; null for anything that is not a real calendar date (31/02/2025). The date
 * picker's own parser reads "01/07/2025" as 7 January, as an American would.
 */
export const parseDayMonthYear = (text: string): string | null => {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
