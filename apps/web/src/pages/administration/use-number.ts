import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { DEFAULT_LANGUAGE, isLanguage } from '../../i18n/languages';

/** formatNumber in the reader's language: 1.234 and 84,72 in Vietnamese. */
export const useNumber = () => {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return (value: number, fractionDigits?: number) => formatNumber(value, language, fractionDigits);
};
