import { parseTypedDate } from './typed-date';

describe('a date typed as dd/mm/yyyy', () => {
  it('reads the day first, as Vietnamese clerks write it', () => {
    expect(parseTypedDate('01/07/2025')).toBe('2025-07-01');
    expect(parseTypedDate('1/7/2025')).toBe('2025-07-01');
    expect(parseTypedDate(' 1/6/2024 ')).toBe('2024-06-01');
    expect(parseTypedDate('2/9/2025')).toBe('2025-09-02');
    expect(parseTypedDate(' 31.12.2024 ')).toBe('2024-12-31');
    expect(parseTypedDate(' 30.04.2025 ')).toBe('2025-04-30');
    expect(parseTypedDate('08.12.2023')).toBe('2023-12-08');
    expect(parseTypedDate('29-02-2024')).toBe('2024-02-29');
    expect(parseTypedDate('29/02/2024')).toBe('2024-02-29');
  });

  it('takes the API’s own YYYY-MM-DD as it is', () => {
    expect(parseTypedDate('2024-04-02')).toBe('2024-04-02');
    expect(parseTypedDate('2024-12-31')).toBe('2024-12-31');
    expect(parseTypedDate('2025-02-30')).toBeNull();
  });

  it('refuses a day that is not in the calendar', () => {
    expect(parseTypedDate('31/02/2025')).toBeNull();
    expect(parseTypedDate('29/02/2025')).toBeNull();
    expect(parseTypedDate('29/02/2023')).toBeNull();
    expect(parseTypedDate('30/02/2024')).toBeNull();
    expect(parseTypedDate('01/13/2025')).toBeNull();
    expect(parseTypedDate('0/1/2025')).toBeNull();
  });

  it('refuses what is half typed or not a date at all', () => {
    expect(parseTypedDate('02/04')).toBeNull();
    expect(parseTypedDate('12/2024')).toBeNull();
    expect(parseTypedDate('hôm nay')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});
