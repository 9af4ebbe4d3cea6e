import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether the conclusion is on record: after it, items can be followed up from it. */
export const ConcludedBadge = ({ concludedOn }: { concludedOn: string | null }) => {
  const { t } = useTranslation();
  return concludedOn === null ? (
    <Badge color="council" variant="light" style={{ flexShrink: 0 }}>
      {t('sources.status.open')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
      {t('sources.status.concluded')}
    </Badge>
  );
};
