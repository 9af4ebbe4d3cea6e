import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { statusLabel, type RecommendationSummary } from './recommendation-summary';
import { SourceLine } from './SourceLine';

/**
 * One page of recommendations. A table on a desk's screen; it scrolls sideways on a phone
 * rather than squeezing the text of each recommendation into a column of single words.
 */
export const TrackerTable = ({ items }: { items: readonly RecommendationSummary[] }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('tracker.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tracker.columns.text')}</Table.Th>
            <Table.Th>{t('tracker.columns.addressee')}</Table.Th>
            <Table.Th>{t('tracker.columns.status')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('tracker.columns.due')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('tracker.columns.issued')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const status = statusLabel(item.status);
            const extended = item.responseDueOn !== item.originalResponseDueOn;
            return (
              <Table.Tr key={item.id}>
                <Table.Td maw={420}>
                  <Anchor component={Link} to={`/recommendations/${item.id}`} lineClamp={3}>
                    {item.text}
                  </Anchor>
                  <SourceLine source={item.source} />
                </Table.Td>
                <Table.Td>{item.addresseeAgencies.current.name ?? item.addressee.current}</Table.Td>
                <Table.Td>{status ? t(status) : item.status}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(item.responseDueOn)}
                    </Text>
                    {extended && (
                      <Text size="xs" c="dimmed">
                        {t('tracker.extendedFrom', {
                          date: formatDate(item.originalResponseDueOn),
                        })}
                      </Text>
                    )}
                    {item.nextDueOn && item.nextDueOn !== item.responseDueOn && (
                      <Text size="xs" c="dimmed">
                        {t('tracker.nextDue', { date: formatDate(item.nextDueOn) })}
                      </Text>
                    )}
                    {item.overdue && (
                      <Text size="sm" fw={600} c="red.9" style={{ whiteSpace: 'nowrap' }}>
                        {t('tracker.daysOverdue', { count: item.daysOverdue })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.issuedOn)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
