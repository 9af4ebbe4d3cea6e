/** The console's languages: Vietnamese first, the one a new visitor sees; English second. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** The locale each language formats dates and numbers with (en-GB keeps dd/mm/yyyy). */
export const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

const STORAGE_KEY = 'hdnd.language';

export const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.includes(value as Language);

/** The language chosen on this browser before, or Vietnamese. */
export const rememberedLanguage = (storage: Pick<Storage, 'getItem'>): Language => {
  const value = storage.getItem(STORAGE_KEY);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
};

export const rememberLanguage = (storage: Pick<Storage, 'setItem'>, language: Language): void =>
  storage.setItem(STORAGE_KEY, language);
