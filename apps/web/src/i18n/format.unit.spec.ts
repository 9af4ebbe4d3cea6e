import { formatDate, formatDateTime, formatNumber, todayInVietnam } from './format';

describe('dates and numbers as the council writes them', () => {
  it('shows a calendar date as dd/mm/yyyy, in both languages', () => {
    expect(formatDate('2024-04-02')).toBe('02/04/2024');
    expect(formatDate('2024-12-31')).toBe('31/12/2024');
  });

  it('shows an instant as the date it was in Việt Nam, not in the browser’s time zone', () => {
    // 20:30 UTC on 1 April is 03:30 on 2 April in Hà Nội.
    expect(formatDate('2024-04-01T20:30:00Z')).toBe('02/04/2024');
    expect(formatDate('2024-04-01T16:59:59Z')).toBe('01/04/2024');
  });

  it('shows an instant with its time as it was in Việt Nam', () => {
    expect(formatDateTime('2024-04-01T20:30:00Z')).toBe('02/04/2024 03:30');
    expect(formatDateTime('2024-04-01T16:05:00Z')).toBe('01/04/2024 23:05');
    expect(formatDateTime('2024-04-01T16:05:09Z', { seconds: true })).toBe('01/04/2024 23:05:09');
  });

  it('takes today as the day in Việt Nam, not in the browser’s zone', () => {
    expect(todayInVietnam(new Date('2024-04-01T18:30:00Z'))).toBe('2024-04-02');
    expect(todayInVietnam(new Date('2024-04-01T16:59:00Z'))).toBe('2024-04-01');
  });

  it('leaves what is not a date as it came', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('soon')).toBe('soon');
  });

  it('writes a decimal comma and a thousands dot in Vietnamese', () => {
    expect(formatNumber(84.72, 'vi')).toBe('84,72');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(3, 'vi', 2)).toBe('3,00');
  });

  it('writes a decimal point in English', () => {
    expect(formatNumber(84.72, 'en')).toBe('84.72');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});
