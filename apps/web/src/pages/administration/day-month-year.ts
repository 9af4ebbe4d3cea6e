const DMY = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/**
 * A date as clerks type it, dd/mm/yyyy (or with dots or dashes), as the API's YYYY-MM-DD; null
 * when it is no real day (31/02/2026). Mantine's own parser reads only YYYY-MM-DD.
 */
export const parseDayMonthYear = (typed: string): string | null => {
  const match = DMY.exec(typed);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
