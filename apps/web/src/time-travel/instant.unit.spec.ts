import { instantFromAddress, instantOf, justBefore, partsOf } from './instant';

describe('instants a case is read at', () => {
  it('reads a date and a time typed in Việt Nam as the instant they name', () => {
    expect(instantOf('2025-05-01', '10:30:15')).toBe('2025-05-01T03:30:15.000Z');
    expect(instantOf('2025-05-01', '06:00')).toBe('2025-04-30T23:00:00.000Z');
  });

  it('refuses a missing date, or a time that is not one', () => {
    expect(instantOf(null, '10:30')).toBeNull();
    expect(instantOf('2025-05-01', '25:00')).toBeNull();
    expect(instantOf('2025-05-01', '')).toBeNull();
  });

  it('shows an instant as the date and time it was in Việt Nam', () => {
    expect(partsOf('2025-04-30T23:00:05.000Z')).toEqual({ date: '2025-05-01', time: '06:00:05' });
  });

  it('takes from the address only an instant, in UTC', () => {
    expect(instantFromAddress('2025-05-01T10:30:00+07:00')).toBe('2025-05-01T03:30:00.000Z');
    expect(instantFromAddress('2025-05-01')).toBeNull();
    expect(instantFromAddress('hôm qua')).toBeNull();
    expect(instantFromAddress(null)).toBeNull();
  });

  it('puts "just before a step" a millisecond before it was recorded', () => {
    expect(justBefore('2025-05-01T03:30:00.000Z')).toBe('2025-05-01T03:29:59.999Z');
  });
});
