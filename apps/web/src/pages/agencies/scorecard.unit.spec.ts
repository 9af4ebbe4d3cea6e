import type { Scorecard } from './agency';
import { meanDays, onTimePercent } from './scorecard';

const card = (rate: number | null, days: number | null): Scorecard => ({
  received: 3,
  passedIn: 0,
  passedOn: 0,
  respondedOnTime: 2,
  late: 1,
  open: 1,
  meanDaysToRespond: days,
  onTimeRate: rate,
});

describe('an agency’s scorecard as the council reads it', () => {
  it('gives the on-time rate as a percentage, in the reader’s numbers', () => {
    expect(onTimePercent(card(0.667, null), 'vi')).toBe('66,7%');
    expect(onTimePercent(card(0.667, null), 'en')).toBe('66.7%');
    expect(onTimePercent(card(1, null), 'vi')).toBe('100,0%');
  });

  it('gives the mean days to respond with one decimal', () => {
    expect(meanDays(card(null, 26), 'vi')).toBe('26,0');
    expect(meanDays(card(null, 12.5), 'en')).toBe('12.5');
  });

  it('gives nothing when nothing is due or answered yet', () => {
    expect(onTimePercent(card(null, null), 'vi')).toBeNull();
    expect(meanDays(card(null, null), 'vi')).toBeNull();
  });
});
