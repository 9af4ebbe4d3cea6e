import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { agencyName } from '../delegations/delegation-view';
import { statusLabel } from '../tracker/recommendation-summary';
import type { FollowedItem } from './interpellation-view';

/**
 * An item followed up from the session, as the register has it now: what is followed (a link
 * to its case), where it stands, the agency, the deadline, and the question it follows from.
 */
export const FollowedItemCard = ({
  item,
  questionNumber,
}: {
  item: FollowedItem;
  /** The number of the question it follows from, as the page numbers them; none for the resolution. */
  questionNumber: number | undefined;
}) => {
  const { t } = useTranslation();
  const status = statusLabel(item.status);
  return (
    <Card withBorder padding="md" component="li">
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
          {t('interpellations.items.dueOn', { date: formatDate(item.responseDueOn) })}
        </Text>
      </Group>
      <Text size="sm" c="gray.7" mt={4}>
        {questionNumber === undefined
          ? t('interpellations.items.fromSession')
          : t('interpellations.items.fromQuestion', { n: questionNumber })}
      </Text>
    </Card>
  );
};
