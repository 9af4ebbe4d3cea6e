import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { agencyName } from '../delegations/delegation-view';
import { statusLabel } from '../tracker/recommendation-summary';
import type { FollowedItem } from './source-view';

/**
 * The items followed up from a session or supervision, as the register has them now: each a
 * link to its own page, where it stands, the agency that must act and by when.
 */
export const FollowedItems = ({ items }: { items: readonly FollowedItem[] }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const status = statusLabel(item.status);
        return (
          <Card key={item.id} withBorder padding="md" component="li">
            <Anchor component={Link} to={`/recommendations/${item.id}`} fw={600} lineClamp={3}>
              {item.text}
            </Anchor>
            <Group gap="xs" mt={4}>
              {status && (
                <Badge color="gray.8" variant="outline">
                  {t(status)}
                </Badge>
              )}
              <Text size="sm" c="gray.7">
                {agencyName(item.agency)} ·{' '}
                {t('sources.items.dueOn', { date: formatDate(item.responseDueOn) })}
              </Text>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
};
