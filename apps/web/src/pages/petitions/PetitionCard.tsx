import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { agencyName } from '../delegations/delegation-view';
import { statusLabel } from '../tracker/recommendation-summary';
import type { PetitionLine } from './petition-view';

/**
 * One petition of the round: what voters asked (a link to its item in the register), where
 * they asked it, the agency that must answer, and where its item stands.
 */
export const PetitionCard = ({ petition, number }: { petition: PetitionLine; number: number }) => {
  const { t } = useTranslation();
  const item = petition.recommendation;
  const status = item && statusLabel(item.status);
  return (
    <Card withBorder padding="md" component="li">
      <Text size="sm" c="gray.7">
        {t('petitions.petitions.number', { n: number })}
      </Text>
      {item ? (
        <Anchor component={Link} to={`/recommendations/${item.id}`} fw={600}>
          {petition.text}
        </Anchor>
      ) : (
        <Text fw={600}>{petition.text}</Text>
      )}
      <Text size="sm" mt={4}>
        {t('petitions.petitions.voters', { voters: petition.voters })}
      </Text>
      <Text size="sm" mt={4}>
        {t('petitions.petitions.agency', {
          agency: agencyName(item?.answeringAgency ?? petition.agency),
        })}
      </Text>
      <Group gap="xs" mt={6}>
        <Badge color="gray.8" variant="outline">
          {status ? t(status) : t('petitions.petitions.notIssued')}
        </Badge>
        {item && (
          <Text size="sm" c="gray.7">
            {item.firstRespondedOn
              ? t('petitions.petitions.answeredOn', { date: formatDate(item.firstRespondedOn) })
              : t('petitions.petitions.dueOn', { date: formatDate(item.responseDueOn) })}
          </Text>
        )}
      </Group>
    </Card>
  );
};
