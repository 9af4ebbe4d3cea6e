import { negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['VI-vn', 'vi'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr-FR, de', 'en'],
    ['fr-FR, vi;q=0.3', 'vi'],
    ['en;q=0.5, vi;q=0.9', 'vi'],
    ['vi;q=0.4, en-US;q=0.8', 'en'],
    ['vi, en', 'vi'],
    ['en, vi', 'en'],
    ['vi;q=0.8, en;q=0.8', 'vi'],
    ['vi;q=0, en;q=0.1', 'en'],
    ['vi;q=0', 'en'],
    ['*', 'en'],
    ['fr, *;q=0.5', 'en'],
    ['vi;q=abc, en;q=0.2', 'en'],
    ['vi;q=1.5', 'en'],
    [' vi-VN ; q=0.9 , en ; q=0.8 ', 'vi'],
  ] as const)('%p → %p (English when neither is asked for)', (header, expected) => {
    expect(negotiateLocale(header, 'en')).toBe(expected);
  });

  it('answers the fallback given when neither language is asked for', () => {
    expect(negotiateLocale(undefined, 'vi')).toBe('vi');
    expect(negotiateLocale('fr', 'vi')).toBe('vi');
    expect(negotiateLocale('*', 'vi')).toBe('vi');
    expect(negotiateLocale('en;q=0.1', 'vi')).toBe('en');
  });
});
