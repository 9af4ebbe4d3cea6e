/**
 * The languages the API and the console speak: Vietnamese, the product's first language, and
 * English, complete but second. Each has the same catalogue; a spec checks that none lacks a text.
 */
export const LOCALES = ['vi', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: string): value is Locale =>
  (LOCALES as readonly string[]).includes(value);
