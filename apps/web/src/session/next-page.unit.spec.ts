import { nextPage } from './next-page';

describe('the page after signing in', () => {
  it('is the page the reader was sent from', () => {
    expect(nextPage('?next=%2Frecommendations%2Fabc%3Ftab%3Dtimeline')).toBe(
      '/recommendations/abc?tab=timeline',
    );
  });

  it('is home without one', () => {
    expect(nextPage('')).toBe('/');
  });

  it('is never another site, nor sign-in again', () => {
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example', '/sign-in'])
      expect(nextPage(`?next=${encodeURIComponent(next)}`)).toBe('/');
  });
});
