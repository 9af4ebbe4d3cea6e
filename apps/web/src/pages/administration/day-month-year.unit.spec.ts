import { parseDayMonthYear } from './day-month-year';

describe('a date typed as dd/mm/yyyy', () => {
  it('is the API’s YYYY-MM-DD', () => {
    expect(parseDayMonthYear('02/01/2026')).toBe('2026-01-02');
    expect(parseDayMonthYear('2/9/2025')).toBe('2025-09-02');
    expect(parseDayMonthYear(' 30.04.2025 ')).toBe('2025-04-30');
  });

  it('is nothing when it is no real day or not a date at all', () => {
    expect(parseDayMonthYear('31/02/2026')).toBeNull();
    expect(parseDayMonthYear('2026-01-02')).toBeNull();
    expect(parseDayMonthYear('hôm nay')).toBeNull();
  });
});
