import { parseDayMonthYear } from './date-text';

describe('a date typed as dd/mm/yyyy', () => {
  it('reads the day first, as Vietnamese clerks write it', () => {
    expect(parseDayMonthYear('01/07/2025')).toBe('2025-07-01');
    expect(parseDayMonthYear('1/7/2025')).toBe('2025-07-01');
    expect(parseDayMonthYear(' 31.12.2024 ')).toBe('2024-12-31');
    expect(parseDayMonthYear('29-02-2024')).toBe('2024-02-29');
  });

  it('refuses what is not a calendar date, or not written day, month, year', () => {
    expect(parseDayMonthYear('31/02/2025')).toBeNull();
    expect(parseDayMonthYear('29/02/2025')).toBeNull();
    expect(parseDayMonthYear('2025-07-01')).toBeNull();
    expect(parseDayMonthYear('01/13/2025')).toBeNull();
    expect(parseDayMonthYear('0/1/2025')).toBeNull();
    expect(parseDayMonthYear('')).toBeNull();
  });
});
