import { scheduledThrough } from './digest-day';

describe('the day the digest schedule closes through', () => {
  it('is yesterday before the digest hour in Vietnam, today from it', () => {
    // 06:59 and 07:00 on 17/06/2024 in Tây Ninh (UTC+7).
    expect(scheduledThrough(new Date('2024-06-16T23:59:00Z'), 7)).toBe('2024-06-16');
    expect(scheduledThrough(new Date('2024-06-17T00:00:00Z'), 7)).toBe('2024-06-17');
  });

  it('counts the day in Vietnam, not in UTC', () => {
    // 23:30 on 16/06 in UTC is 06:30 on 17/06 in Vietnam: still before the hour.
    expect(scheduledThrough(new Date('2024-06-16T23:30:00Z'), 7)).toBe('2024-06-16');
    expect(scheduledThrough(new Date('2024-06-16T23:30:00Z'), 6)).toBe('2024-06-17');
    expect(scheduledThrough(new Date('2024-03-01T01:00:00Z'), 0)).toBe('2024-03-01');
    expect(scheduledThrough(new Date('2024-03-01T01:00:00Z'), 9)).toBe('2024-02-29');
  });
});
