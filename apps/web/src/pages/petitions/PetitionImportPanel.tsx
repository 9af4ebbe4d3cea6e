import { Alert, Button, Card, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, type ApiClient } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { PetitionImportReport } from './petition-view';

const upload = (api: ApiClient, roundId: string, file: File, dryRun: boolean) => {
  const form = new FormData();
  form.append('file', file);
  return answer(
    api.POST('/api/imports/petitions', {
      params: { query: { roundId, dryRun } },
      // openapi-fetch sends a FormData as it is, with the browser's multipart boundary.
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  ) as unknown as Promise<PetitionImportReport>;
};

/** What a dry run or a run found: rows read, ready, already there, and each faulty row. */
const ImportFindings = ({ report }: { report: PetitionImportReport }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status">
      <Text>
        {report.recorded
          ? t('petitions.import.recorded', { count: report.recorded.petitions })
          : t('petitions.import.checked', { rows: report.rows, valid: report.valid })}
      </Text>
      {report.alreadyRecorded.length > 0 && (
        <Text size="sm">
          {t('petitions.import.already', { rows: report.alreadyRecorded.join(', ') })}
        </Text>
      )}
      {report.errors.length > 0 && (
        <Alert color="red" title={t('petitions.import.errors', { count: report.errors.length })}>
          <List size="sm">
            {report.errors.map((error) => (
              <List.Item key={`${error.row}-${error.code}`}>
                {t('petitions.import.errorRow', { row: error.row, message: error.message })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
};

/**
 * "Nhập từ Excel": the table the offices keep of a round's petitions (STT, Nội dung kiến nghị,
 * Nơi/đơn vị cử tri, Cơ quan giải quyết). A dry run first reports every row; the clerk then
 * records the rows that pass. Importing the same table twice records nothing more.
 */
export const PetitionImportPanel = ({
  roundId,
  onClose,
}: {
  roundId: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (chosen: File) => upload(api, roundId, chosen, true) });
  const run = useMutation({
    mutationFn: (chosen: File) => upload(api, roundId, chosen, false),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['petition-rounds'] }),
  });
  return (
    <Card
      withBorder
      shadow="sm"
      padding="lg"
      component="section"
      aria-label={t('petitions.import.title')}
    >
      <Stack gap="md">
        <Title order={4}>{t('petitions.import.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('petitions.import.intro')}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) check.mutate(file);
          }}
        >
          <Group align="flex-end">
            <FileInput
              label={t('petitions.import.file')}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                check.reset();
                run.reset();
              }}
              style={{ flex: 1 }}
              miw={220}
              clearable
              clearButtonProps={{ 'aria-label': t('petitions.import.clear') }}
            />
            <Button type="submit" disabled={!file} loading={check.isPending}>
              {t('petitions.import.check')}
            </Button>
          </Group>
        </form>
        {check.error && <ProblemAlert error={check.error} />}
        {run.error && <ProblemAlert error={run.error} />}
        {run.data ? (
          <ImportFindings report={run.data} />
        ) : (
          check.data && (
            <Stack gap="sm">
              <ImportFindings report={check.data} />
              {check.data.valid > 0 && (
                <Group>
                  <Button loading={run.isPending} onClick={() => file && run.mutate(file)}>
                    {t('petitions.import.confirm', { count: check.data.valid })}
                  </Button>
                </Group>
              )}
            </Stack>
          )
        )}
        <Group>
          <Button variant="default" onClick={onClose}>
            {t('petitions.import.close')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};
