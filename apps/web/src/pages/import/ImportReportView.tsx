import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from './import-api';

/** What the report counts, in the order a clerk reads them, with each one's words. */
const COUNTS = [
  ['delegations', 'importPage.counts.delegations'],
  ['recommendations', 'importPage.counts.recommendations'],
  ['findings', 'importPage.counts.findings'],
  ['responses', 'importPage.counts.responses'],
  ['commitments', 'importPage.counts.commitments'],
  ['transfers', 'importPage.counts.transfers'],
  ['extensions', 'importPage.counts.extensions'],
  ['progressReports', 'importPage.counts.progressReports'],
  ['completions', 'importPage.counts.completions'],
  ['closures', 'importPage.counts.closures'],
  ['escalations', 'importPage.counts.escalations'],
] as const;

/** What a dry run found: the summary, what would be recorded, and each row's faults. */
export const ImportReportView = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation();
  const rowsWithErrors = new Set(report.errors.map((e) => e.row)).size;
  const counts = report.creates as Record<string, number>;
  return (
    <Stack gap="md">
      <Text fw={500} role="status">
        {t('importPage.summary', {
          rows: report.rows,
          valid: report.valid,
          errors: rowsWithErrors,
          existing: report.alreadyRecorded.length,
        })}
      </Text>
      {report.valid > 0 && (
        <section aria-labelledby="import-creates">
          <Title order={3} size="h4" id="import-creates">
            {t(report.recorded ? 'importPage.created' : 'importPage.creates')}
          </Title>
          <List>
            {COUNTS.filter(([name]) => (counts[name] ?? 0) > 0).map(([name, label]) => (
              <List.Item key={name}>
                {t(label)}: {counts[name]}
              </List.Item>
            ))}
          </List>
        </section>
      )}
      <section aria-labelledby="import-errors">
        <Title order={3} size="h4" id="import-errors">
          {t('importPage.errorsTitle')}
        </Title>
        {report.errors.length === 0 ? (
          <Text>{t('importPage.noErrors')}</Text>
        ) : (
          <Table striped withTableBorder data-testid="import-errors">
            <Table.Caption>{t('importPage.errorsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('importPage.row')}</Table.Th>
                <Table.Th scope="col">{t('importPage.column')}</Table.Th>
                <Table.Th scope="col">{t('importPage.error')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((error, i) => (
                <Table.Tr key={`${error.row}-${i}`}>
                  <Table.Td>{error.row}</Table.Td>
                  <Table.Td>{error.column || t('importPage.wholeRow')}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
};
