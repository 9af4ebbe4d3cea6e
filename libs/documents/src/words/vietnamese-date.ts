/** `2024-04-02` → `02/04/2024`: day, month, year, as Vietnamese documents write a date. */
export const vietnameseDate = (localDate: string | null | undefined): string => {
  if (!localDate) return '';
  const [year, month, day] = localDate.split('-');
  return `${day}/${month}/${year}`;
};

/**
 * `2025-01-08` → `ngày 08 tháng 01 năm 2025`, the date line of an administrative document. As
 * the rules for such documents ask, a day below 10 and the months 1 and 2 take a leading zero
 * (so "tháng 01" is not read as "tháng 10" or "tháng 11"); other months are written bare.
 */
export const vietnameseLongDate = (localDate: string): string => {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
};

/** `Tây Ninh, ngày 08 tháng 01 năm 2025`; without a place, the date line alone, capitalised. */
export const placeAndDate = (place: string, localDate: string): string => {
  const date = vietnameseLongDate(localDate);
  return place.trim() === '' ? `N${date.slice(1)}` : `${place.trim()}, ${date}`;
};

/** An instant as read in Vietnam (UTC+7, no daylight saving): `02/04/2024 10:20`. */
export const vietnameseInstant = (instant: string | Date): string => {
  const local = new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString();
  return `${vietnameseDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
};
