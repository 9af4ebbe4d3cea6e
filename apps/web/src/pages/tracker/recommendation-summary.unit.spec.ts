import { statusLabel } from './recommendation-summary';

describe('what the tracker reads and shows', () => {
  it('names each status by its catalogue key, and none for a status it does not know', () => {
    expect(statusLabel('awaiting-response')).toBe('status.awaiting-response');
    expect(statusLabel('new-status')).toBeUndefined();
  });
});
