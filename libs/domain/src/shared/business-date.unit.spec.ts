import { businessDateOf } from './local-date';

describe('businessDateOf', () => {
  it('is the calendar date in Vietnam (UTC+7), not in UTC', () => {
    expect(businessDateOf(new Date('2024-04-01T16:59:59Z'))).toBe('2024-04-01');
    expect(businessDateOf(new Date('2024-04-01T17:00:00Z'))).toBe('2024-04-02');
  });

  it('answers each instant on its own, whatever was asked before (the answer is kept by minute)', () => {
    const asked = [
      ['2024-04-01T17:00:59Z', '2024-04-02'],
      ['2024-04-01T16:59:00Z', '2024-04-01'],
      ['2024-04-01T17:00:00Z', '2024-04-02'],
      ['2026-03-01T00:00:00Z', '2026-03-01'],
      ['2024-04-01T17:00:30Z', '2024-04-02'],
    ];
    for (const [instant, date] of asked) expect(businessDateOf(new Date(instant!))).toBe(date);
  });
});
