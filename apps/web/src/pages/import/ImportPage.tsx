import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../shell/page-title';
import { downloadTemplate, dryRun, importJob, startImport } from './import-api';
import { ImportReportView } from './ImportReportView';

/**
 * "Nhập từ Excel": choose a register, check it (a dry run: every row's faults, and what would
 * be recorded), then confirm to record the valid rows as a job whose progress shows here.
 */
export const ImportPage = () => {
  const { t } = useTranslation();
  usePageTitle('importPage.title');
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (chosen: File) => dryRun(api, chosen) });
  const start = useMutation({ mutationFn: (chosen: File) => startImport(api, chosen) });
  const template = useMutation({ mutationFn: () => downloadTemplate(api) });
  const jobId = start.data?.id;
  const job = useQuery({
    queryKey: ['imports', jobId],
    queryFn: () => importJob(api, jobId!),
    enabled: jobId !== undefined,
    // Until it ends: a register of 10 000 rows takes a minute or two.
    refetchInterval: (query) => (query.state.data?.state === 'active' ? 500 : false),
  });
  const current = job.data ?? start.data;
  // What the import recorded shows at once in the lists read before it.
  const queries = useQueryClient();
  const ended = current !== undefined && current.state !== 'active';
  useEffect(() => {
    if (ended) void queries.invalidateQueries();
  }, [ended, queries]);
  const reset = () => {
    setFile(null);
    check.reset();
    start.reset();
  };
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={2}>{t('importPage.title')}</Title>
        <Text c="gray.7">{t('importPage.intro')}</Text>
        <Group>
          <Anchor component="button" type="button" onClick={() => template.mutate()}>
            {t('importPage.template')}
          </Anchor>
          <Anchor component={Link} to="/recommendations">
            {t('menu.recommendations')}
          </Anchor>
        </Group>
      </Stack>
      {template.error && <ProblemAlert error={template.error} />}
      {current === undefined && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) check.mutate(file);
          }}
        >
          <Group align="flex-end">
            <FileInput
              label={t('importPage.file')}
              description={t('importPage.fileHint')}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                check.reset();
              }}
              w={420}
              clearable
              clearButtonProps={{ 'aria-label': t('importPage.clear') }}
            />
            <Button type="submit" disabled={!file} loading={check.isPending}>
              {t('importPage.check')}
            </Button>
          </Group>
        </form>
      )}
      {check.error && <ProblemAlert error={check.error} />}
      {check.data && current === undefined && (
        <Stack gap="md">
          <ImportReportView report={check.data} />
          {check.data.valid > 0 && (
            <Stack gap="xs">
              {check.data.errors.length > 0 && (
                <Text size="sm">{t('importPage.errorsSkipped')}</Text>
              )}
              <Group>
                <Button loading={start.isPending} onClick={() => file && start.mutate(file)}>
                  {t('importPage.confirm', { count: check.data.valid })}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      )}
      {start.error && <ProblemAlert error={start.error} />}
      {current && (
        <Stack gap="md">
          <Stack gap={4}>
            <Text role="status">
              {current.state === 'active'
                ? t('importPage.running', { processed: current.processed, total: current.total })
                : current.state === 'completed'
                  ? t('importPage.done', {
                      rows: current.report.recorded?.rows ?? 0,
                      events: current.report.recorded?.events ?? 0,
                    })
                  : ''}
            </Text>
            <Progress
              value={current.percent}
              aria-label={t('importPage.running', {
                processed: current.processed,
                total: current.total,
              })}
            />
          </Stack>
          {current.state === 'failed' && (
            <Alert color="red" role="alert">
              {t('importPage.failed', { reason: current.failedReason ?? '' })}
            </Alert>
          )}
          {current.state !== 'active' && (
            <>
              <ImportReportView report={current.report} />
              <Group>
                <Button variant="default" onClick={reset}>
                  {t('importPage.again')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
};
