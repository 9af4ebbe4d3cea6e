import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { isLanguage } from '../i18n/languages';

/** The name of each of the pager's arrow buttons. */
const CONTROL_LABELS = {
  first: 'components.pager.first',
  previous: 'components.pager.previous',
  next: 'components.pager.next',
  last: 'components.pager.last',
} as const;

/**
 * The foot of a list the API pages: how many there are, which page this is, and the pages to
 * go to, each button named for screen readers ("Trang 2", "Trang sau"). Given `pageSizes` and
 * `onPageSize`, the reader also chooses how many rows a page holds.
 */
export const Pager = ({
  page,
  pageSize,
  total,
  onPage,
  shown,
  pageSizes,
  onPageSize,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** How many rows the list shows now: while the next page loads, the line says what is shown. */
  shown?: number;
  pageSizes?: readonly number[];
  onPageSize?: (pageSize: number) => void;
}) => {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const n = (value: number) => formatNumber(value, language);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 || shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const to =
    from === 0 ? 0 : shown === undefined ? Math.min(total, page * pageSize) : from + shown - 1;
  return (
    <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
      <Text size="sm" c="gray.7" role="status">
        {/* An empty list says so itself; "0–0 of 0" would add nothing. */}
        {total > 0 && t('components.pager.showing', { from: n(from), to: n(to), total: n(total) })}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {pageSizes && onPageSize && (
          <Select
            label={t('components.pager.pageSize')}
            data={pageSizes.map((size) => ({ value: String(size), label: n(size) }))}
            value={String(pageSize)}
            onChange={(size) => size && onPageSize(Number(size))}
            allowDeselect={false}
            w={170}
          />
        )}
        {pages > 1 && (
          <Pagination
            component="nav"
            aria-label={t('components.pager.label')}
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPage}
            siblings={1}
            boundaries={1}
            getItemProps={(item) => ({
              'aria-label': t('components.pager.page', { page: item }),
            })}
            getControlProps={(control) => ({ 'aria-label': t(CONTROL_LABELS[control]) })}
          />
        )}
      </Group>
    </Group>
  );
};
