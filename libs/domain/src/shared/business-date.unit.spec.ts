import { businessDateOf } from './local-date';

describe('businessDateOf', () => {
  it('is the calendar date in Vietnam (UTC+7), not in UTC', () => {
    expect(businessDateOf(new Date('2024-04-01T16:59:59Z'))).toBe('2024-04-01');
    expect(businessDateOf(new Date('2024-04-01T17:00:00Z'))).toBe('2024-04-02');
  });
});
