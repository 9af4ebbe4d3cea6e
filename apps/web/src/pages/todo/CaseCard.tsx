import { Anchor, Badge, Card, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { statusLabel, type RecommendationSummary } from '../tracker/recommendation-summary';

/** The deadline a case shows: how late it is, or when its next deadline falls. */
export const DeadlineBadge = ({ item }: { item: RecommendationSummary }) => {
  const { t } = useTranslation();
  if (item.overdue)
    return (
      <Badge color="red" variant="light">
        {t('todo.daysOverdue', { count: item.daysOverdue })}
      </Badge>
    );
  if (item.nextDueOn)
    return (
      // A dark amber: Mantine's yellows and oranges are too light for text on white (WCAG AA).
      <Badge color="#8a4b00" variant="outline">
        {t('todo.dueOn', { date: formatDate(item.nextDueOn) })}
      </Badge>
    );
  return null;
};

/** One recommendation in a to-do list: what is asked (a link to its page), its deadline and status. */
export const CaseCard = ({
  item,
  children,
}: {
  item: RecommendationSummary;
  /** What the reader of this list needs beside it (the addressee, the next step). */
  children?: ReactNode;
}) => {
  const { t } = useTranslation();
  const status = statusLabel(item.status);
  return (
    <Card withBorder padding="md" component="li">
      <Anchor component={Link} to={`/recommendations/${item.id}`} fw={600} lineClamp={4}>
        {item.text}
      </Anchor>
      <Group gap="xs" mt="xs" wrap="wrap">
        <DeadlineBadge item={item} />
        {status && (
          <Badge color="gray.8" variant="outline">
            {t(status)}
          </Badge>
        )}
      </Group>
      {children}
    </Card>
  );
};
