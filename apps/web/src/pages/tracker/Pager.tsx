import { Button, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { pageCount, PAGE_SIZES } from './tracker-query';

/** Where this page sits in the whole list, the way to the next and previous, and its size. */
export const Pager = ({
  page,
  pageSize,
  total,
  shown,
  onPage,
  onPageSize,
}: {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}) => {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language as Language);
  const pages = pageCount(total, pageSize);
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  return (
    <Group
      justify="space-between"
      align="flex-end"
      gap="sm"
      component="nav"
      aria-label={t('tracker.paging')}
    >
      <Text size="sm" aria-live="polite">
        {t('tracker.range', {
          from: n(from),
          to: n(from === 0 ? 0 : from + shown - 1),
          total: n(total),
        })}
        {' · '}
        {t('tracker.pageOf', { page: n(page), pages: n(pages) })}
      </Text>
      <Group gap="xs" align="flex-end">
        <Select
          label={t('tracker.pageSize')}
          data={PAGE_SIZES.map((size) => ({ value: String(size), label: n(size) }))}
          value={String(pageSize)}
          onChange={(size) => size && onPageSize(Number(size))}
          allowDeselect={false}
          w={170}
        />
        <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('tracker.previous')}
        </Button>
        <Button variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('tracker.next')}
        </Button>
      </Group>
    </Group>
  );
};
