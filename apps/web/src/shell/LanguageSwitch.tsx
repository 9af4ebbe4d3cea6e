import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, rememberLanguage } from '../i18n/languages';

/** Vietnamese or English, remembered on this browser. Each name is written in its own language. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        rememberLanguage(window.localStorage, value);
        void i18n.changeLanguage(value);
      }}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: language === 'vi' ? t('language.vi') : t('language.en'),
      }))}
    />
  );
};
