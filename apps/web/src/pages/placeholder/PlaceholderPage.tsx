import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MenuLabel } from '../../shell/menus';
import { usePageTitle } from '../../shell/page-title';

/** A page of the menu that later work fills: its title, and a plain word that it is coming. */
export const PlaceholderPage = ({ title }: { title: MenuLabel }) => {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack>
      <Title order={2}>{t(title)}</Title>
      <Text c="dimmed">{t('placeholder.body')}</Text>
    </Stack>
  );
};
