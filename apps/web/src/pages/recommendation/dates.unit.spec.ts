import { parseTypedDate } from './dates';

describe('dates as a clerk types them', () => {
  it('reads dd/mm/yyyy, with or without leading zeros, dots or dashes', () => {
    expect(parseTypedDate('02/03/2027')).toBe('2027-03-02');
    expect(parseTypedDate('2/3/2027')).toBe('2027-03-02');
    expect(parseTypedDate('31.12.2024')).toBe('2024-12-31');
    expect(parseTypedDate('2024-12-31')).toBe('2024-12-31');
  });

  it('takes no date that does not exist, nor a half-typed one', () => {
    expect(parseTypedDate('31/02/2024')).toBeNull();
    expect(parseTypedDate('12/2024')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});
