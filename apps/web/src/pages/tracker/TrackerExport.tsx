import { Button, Menu, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { saveAnsweredFile } from '../../api/save-file';
import { ProblemAlert } from '../../components/ProblemAlert';
import { exportQuery, type TrackerView } from './tracker-query';

type Format = 'xlsx' | 'csv';

/**
 * "Xuất danh sách": the list as the office's follow-up spreadsheet, with the filters on screen
 * and every row they select (not only the page shown). Excel for the register; CSV for other
 * tools, written so that Excel still reads its Vietnamese right.
 */
export const TrackerExport = ({ view }: { view: TrackerView }) => {
  const { t } = useTranslation();
  const api = useApi();
  const download = useMutation({
    mutationFn: (format: Format) =>
      saveAnsweredFile(
        () =>
          api.GET('/api/recommendations/export', {
            params: { query: { ...exportQuery(view), format } },
            parseAs: 'blob',
          }),
        `theo-doi-kien-nghi.${format}`,
      ),
  });
  return (
    <Stack gap="xs" align="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={download.isPending}>
            {t('tracker.export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => download.mutate('xlsx')}>{t('tracker.export.xlsx')}</Menu.Item>
          <Menu.Item onClick={() => download.mutate('csv')}>{t('tracker.export.csv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {download.error && <ProblemAlert error={download.error} />}
    </Stack>
  );
};
