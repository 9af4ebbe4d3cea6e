import { addCalendarDays, daysBetween, isLocalDate } from './local-date';

describe('LocalDate', () => {
  it.each(['2024-04-02', '2024-02-29', '2023-12-08'])('accepts the real date %s', (d) =>
    expect(isLocalDate(d)).toBe(true),
  );

  it.each(['2023-02-29', '2024-13-01', '2024-04-31', '2024-4-2', '02/04/2024', '', 20240402])(
    'rejects %p, which is not a calendar date',
    (d) => expect(isLocalDate(d)).toBe(false),
  );

  it('adds days across month and year ends', () => {
    expect(addCalendarDays('2024-12-25', 15)).toBe('2025-01-09');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('counts days between dates, negative when backwards', () => {
    expect(daysBetween('2024-04-02', '2024-05-02')).toBe(30);
    expect(daysBetween('2024-05-02', '2024-04-02')).toBe(-30);
  });
});
