const TYPED = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * A date as a clerk types it, dd/mm/yyyy (or d/m/yyyy, with dots or dashes), as the API's
 * YYYY-MM-DD; null while it is not a real date yet. YYYY-MM-DD is taken as it is.
 */
export const parseTypedDate = (text: string): string | null => {
  const typed = TYPED.exec(text);
  const iso = ISO.exec(text);
  const [year, month, day] = typed
    ? [Number(typed[3]), Number(typed[2]), Number(typed[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
};
