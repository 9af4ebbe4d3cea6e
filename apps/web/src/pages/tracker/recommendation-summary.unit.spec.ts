import { parseTypedDate, statusLabel } from './recommendation-summary';

describe('what the tracker reads and shows', () => {
  it('reads a date typed dd/mm/yyyy, and refuses one that does not exist', () => {
    expect(parseTypedDate('31/12/2024')).toBe('2024-12-31');
    expect(parseTypedDate(' 1/6/2024 ')).toBe('2024-06-01');
    expect(parseTypedDate('30/02/2024')).toBeNull();
    expect(parseTypedDate('2024-12-31')).toBeNull();
  });

  it('names each status by its catalogue key, and none for a status it does not know', () => {
    expect(statusLabel('awaiting-response')).toBe('status.awaiting-response');
    expect(statusLabel('new-status')).toBeUndefined();
  });
});
