import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuLabel } from './menus';

/** The catalogue keys that name a page. */
export type PageTitle =
  | MenuLabel
  | 'signIn.title'
  | 'notFound.title'
  | 'importPage.title'
  | 'account.title'
  | 'petitions.answer.title';

/**
 * The browser tab and a screen reader say which page this is (WCAG 2.4.2), in the reader's
 * language: "Việc cần làm — Theo dõi kiến nghị giám sát".
 */
export const usePageTitle = (page: PageTitle): void => {
  const { t } = useTranslation();
  const title = `${t(page)} — ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
};
