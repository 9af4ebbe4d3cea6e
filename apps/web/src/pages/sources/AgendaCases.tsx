import { Anchor, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { agencyName } from '../delegations/delegation-view';
import type { AgendaCase } from './source-view';

/** The cases escalation placed before a session: what each asks, of whom, since when. */
export const AgendaCases = ({ agenda }: { agenda: readonly AgendaCase[] }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {agenda.map((entry) => (
        <Card key={entry.recommendationId} withBorder padding="md" component="li">
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
            {t('sources.agenda.escalatedOn', { date: formatDate(entry.escalatedOn) })}
          </Text>
        </Card>
      ))}
    </Stack>
  );
};
