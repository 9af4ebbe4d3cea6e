import { barValue, isRunning, pollInterval, timeLeft, type JobState } from './job-progress';

const job = (over: Partial<JobState>): JobState => ({
  state: 'active',
  processed: 50,
  total: 200,
  percent: 25,
  etaSeconds: 75,
  ...over,
});

describe('a rebuild’s progress', () => {
  it('is polled until it completes or fails', () => {
    expect(pollInterval(undefined)).toBe(1000);
    expect(pollInterval(job({ state: 'waiting' }))).toBe(1000);
    expect(pollInterval(job({}))).toBe(1000);
    expect(pollInterval(job({ state: 'completed' }))).toBe(false);
    expect(pollInterval(job({ state: 'failed' }))).toBe(false);
    expect(isRunning(job({ state: 'failed' }))).toBe(false);
  });

  it('fills the bar when completed, and keeps it within 0–100 otherwise', () => {
    expect(barValue(job({ state: 'completed', percent: 99.6 }))).toBe(100);
    expect(barValue(job({ percent: 24.6 }))).toBe(25);
    expect(barValue(job({ percent: 130 }))).toBe(100);
  });

  it('says the time left in minutes and seconds while it is known', () => {
    expect(timeLeft(job({ etaSeconds: 75 }))).toEqual({ minutes: 1, seconds: 15 });
    expect(timeLeft(job({ etaSeconds: null }))).toBeUndefined();
    expect(timeLeft(job({ state: 'completed', etaSeconds: 0 }))).toBeUndefined();
  });
});
