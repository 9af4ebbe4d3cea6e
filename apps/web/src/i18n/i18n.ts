import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import 'dayjs/locale/vi';
import { en, vi } from './catalogues';
import { DEFAULT_LANGUAGE, rememberedLanguage } from './languages';

/**
 * The catalogues, one per language, loaded with the app: they are small, and a page must
 * never show a key while a catalogue loads. React escapes what it renders, so i18next does not.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: rememberedLanguage(window.localStorage),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Screen readers and the browser's spelling and hyphenation follow the page's language.
const markPageLanguage = (language: string) =>
  document.documentElement.setAttribute('lang', language);
markPageLanguage(i18n.language);
i18n.on('languageChanged', markPageLanguage);
