import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';

/**
 * A section of the to-do list: its title with the whole list's count, its first items, and
 * where the rest are when there are more.
 */
export const Section = ({
  id,
  title,
  total,
  shown,
  empty,
  more,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  empty: string;
  /** The page listing them all, when one can. */
  more?: string;
  children: ReactNode;
}) => {
  const { t, i18n } = useTranslation();
  const headingId = `todo-${id}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-section={id}>
      <Title order={3} size="h4" id={headingId}>
        {title} ({formatNumber(total, i18n.language as Language)})
      </Title>
      {shown === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
      {total > shown &&
        (more ? (
          <Anchor component={Link} to={more} size="sm">
            {t('todo.more', { n: formatNumber(total - shown, i18n.language as Language) })}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('todo.moreNotShown', {
              n: formatNumber(total - shown, i18n.language as Language),
            })}
          </Text>
        ))}
    </Stack>
  );
};
