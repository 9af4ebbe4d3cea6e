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
