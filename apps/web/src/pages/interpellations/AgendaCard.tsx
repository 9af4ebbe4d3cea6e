import { Anchor, Card, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { agencyName } from '../delegations/delegation-view';
import type { AgendaCase } from './interpellation-view';

/** A case escalation placed before the session: what it asks, of whom, since when. */
export const AgendaCard = ({ entry }: { entry: AgendaCase }) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="li">
      <Anchor
        component={Link}
        to={`/recommendations/${entry.recommendationId}`}
        fw={600}
        lineClamp={3}
      >
        {entry.text}
      </Anchor>
      <Text size="sm" c="gray.7" mt={4}>
        {agencyName(entry.agency)} ·{' '}
        {t('interpellations.agenda.escalatedOn', { date: formatDate(entry.escalatedOn) })}
      </Text>
    </Card>
  );
};
