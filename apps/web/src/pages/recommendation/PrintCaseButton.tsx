import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { saveAnsweredFile } from '../../api/save-file';
import { ProblemAlert } from '../../components/ProblemAlert';

/**
 * Saves the case's history as a Word document to print: the case as the page shows it, so a
 * page showing the past (`asOf`) prints that past.
 */
export const PrintCaseButton = ({ id, asOf }: { id: string; asOf: string | null }) => {
  const { t } = useTranslation();
  const api = useApi();
  const print = useMutation({
    mutationFn: () =>
      saveAnsweredFile(
        () =>
          api.GET('/api/recommendations/{id}/history.docx', {
            params: { path: { id }, query: asOf === null ? {} : { asRecordedAt: asOf } },
            parseAs: 'blob',
          }),
        `ho-so-kien-nghi-${id}.docx`,
      ),
  });
  return (
    <Group gap="sm">
      <Button variant="default" onClick={() => print.mutate()} loading={print.isPending}>
        {t('recommendation.print.button')}
      </Button>
      {print.isSuccess && (
        <Text size="sm" role="status">
          {t('recommendation.print.saved')}
        </Text>
      )}
      {print.error && <ProblemAlert error={print.error} />}
    </Group>
  );
};
