import { Group, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';

/** What a page read: the problem (with a retry), "Đang tải…", or the page drawn from it. */
export const LoadedView = <T,>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) => {
  const { t } = useTranslation();
  if (query.error) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  return <>{children(query.data)}</>;
};
