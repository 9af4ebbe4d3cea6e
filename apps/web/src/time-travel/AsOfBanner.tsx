import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { formatDateTime } from '../i18n/format';

/**
 * Said at the top of a case page read at an instant: this is the record as it stood then, no
 * step after it is shown, and nothing can be done from here (the actions are hidden) — or that
 * the case did not exist yet then.
 */
export const AsOfBanner = ({
  asOf,
  onNow,
  missing = false,
}: {
  asOf: string;
  onNow: () => void;
  /** The case had not been recorded yet at that instant (the API answered 404). */
  missing?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('timeTravel.bannerTitle')}
      role="status"
      // Mantine's yellow title on the pale yellow is below WCAG AA's contrast: dark text there.
      styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">
          {t(missing ? 'timeTravel.missing' : 'timeTravel.banner', {
            when: formatDateTime(asOf, { seconds: true }),
          })}
        </Text>
        <Button size="compact-sm" variant="outline" onClick={onNow}>
          {t('timeTravel.backToNow')}
        </Button>
      </Group>
    </Alert>
  );
};

/** Whether a case page's read failed because the case did not exist at the instant asked. */
export const notRecordedYet = (asOf: string | null, error: unknown): asOf is string =>
  asOf !== null && error instanceof ApiError && error.status === 404;
