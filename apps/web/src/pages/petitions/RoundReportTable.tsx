import { Box, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { saveAnsweredFile } from '../../api/save-file';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { agencyName } from '../delegations/delegation-view';
import type { PetitionCounts, PetitionRoundReport } from './petition-view';

/** The table's columns, in the order of the report published for the session. */
const COLUMNS = [
  ['received', 'petitions.report.received'],
  ['answeredOnTime', 'petitions.report.answeredOnTime'],
  ['answeredLate', 'petitions.report.answeredLate'],
  ['unanswered', 'petitions.report.unanswered'],
  ['overdue', 'petitions.report.overdue'],
] as const satisfies readonly (readonly [keyof PetitionCounts, string])[];

const Counts = ({ counts }: { counts: PetitionCounts }) =>
  COLUMNS.map(([key]) => (
    <Table.Td key={key} ta="right">
      {counts[key]}
    </Table.Td>
  ));

/** On a phone, each agency as a card of its counts: six columns would not fit the screen. */
const AgencyCards = ({ report }: { report: PetitionRoundReport }) => {
  const { t } = useTranslation();
  const lines = [
    ...report.agencies.map((line) => ({
      key: line.agency.id,
      name: agencyName(line.agency),
      counts: line,
    })),
    { key: 'total', name: t('petitions.report.total'), counts: report.total },
  ];
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {lines.map((line) => (
        <Card key={line.key} withBorder padding="sm" component="li">
          <Text fw={600}>{line.name}</Text>
          <SimpleGrid cols={2} spacing={4} verticalSpacing={2} mt={4}>
            {COLUMNS.map(([key, label]) => (
              <Text key={key} size="sm">
                {t(label)}: <b>{line.counts[key]}</b>
              </Text>
            ))}
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
};

/**
 * "Tổng hợp kết quả trả lời theo cơ quan": per agency, the petitions it received and how it
 * answered them as of today, with the workbook the office attaches to the session's report.
 * `position` makes the table wait for what the page recorded last.
 */
export const RoundReportTable = ({ roundId, position }: { roundId: string; position?: number }) => {
  const { t } = useTranslation();
  const api = useApi();
  const report = useQuery({
    queryKey: ['petition-rounds', 'report', roundId, position],
    queryFn: async () =>
      (await answer(
        api.GET('/api/petition-rounds/{id}/report', {
          params: {
            path: { id: roundId },
            query: { ...(position !== undefined && { minPosition: position }) },
          },
        }),
      )) as unknown as PetitionRoundReport,
    placeholderData: (previous) => previous,
  });
  const download = useMutation({
    mutationFn: () =>
      saveAnsweredFile(
        () =>
          api.GET('/api/petition-rounds/{id}/report.xlsx', {
            params: { path: { id: roundId } },
            parseAs: 'blob',
          }),
        'tong-hop-kien-nghi-cu-tri.xlsx',
      ),
  });
  if (report.error)
    return <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  const { agencies, total, asOf } = report.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="gray.7">
          {t('petitions.report.asOf', { date: formatDate(asOf) })}
        </Text>
        {agencies.length > 0 && (
          <Button variant="light" loading={download.isPending} onClick={() => download.mutate()}>
            {t('petitions.report.download')}
          </Button>
        )}
      </Group>
      {download.error && <ProblemAlert error={download.error} />}
      {agencies.length === 0 ? (
        <Text c="gray.7">{t('petitions.report.none')}</Text>
      ) : (
        <>
          <Box hiddenFrom="sm">
            <AgencyCards report={report.data} />
          </Box>
          <Table.ScrollContainer minWidth={640} visibleFrom="sm">
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('petitions.report.agency')}</Table.Th>
                  {COLUMNS.map(([key, label]) => (
                    <Table.Th key={key} ta="right">
                      {t(label)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {agencies.map((line) => (
                  <Table.Tr key={line.agency.id}>
                    <Table.Th scope="row" fw={400}>
                      {agencyName(line.agency)}
                    </Table.Th>
                    <Counts counts={line} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('petitions.report.total')}</Table.Th>
                  <Counts counts={total} />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
};
