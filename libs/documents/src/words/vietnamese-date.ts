/** `2024-04-02` → `02/04/2024`: day, month, year, as Vietnamese documents write a date. */
export const vietnameseDate = (localDate: string | null | undefined): string => {
  if (!localDate) return '';
  const [year, month, day] = localDate.split('-');
  return `${day}/${month}/${year}`;
};
