import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../shell/page-title';
import { useNumber } from '../administration/use-number';
import type { AuditPage } from './audit-items';
import { apiQuery, isFiltered, searchOf, viewFrom, withFilters } from './audit-query';
import { AuditFiltersForm } from './AuditFilters';
import { AuditTabs } from './AuditTabs';
import { EventCard } from './EventCard';

/**
 * "Nhật ký kiểm tra": the event log itself, read straight from the store (never a read model),
 * in log order, a page at a time, narrowed by the filters kept in the address so a link
 * reproduces the view. For admins and auditors, as the API allows.
 */
export const AuditLogPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.audit');
  const api = useApi();
  const formatNumber = useNumber();
  const [search, setSearch] = useSearchParams();
  const view = viewFrom(search);
  const filters = withFilters(view);
  const page = useQuery({
    queryKey: ['audit', 'events', apiQuery(view)],
    queryFn: (): Promise<AuditPage> =>
      answer(api.GET('/api/audit/events', { params: { query: apiQuery(view) } })),
    placeholderData: keepPreviousData,
  });
  const items = page.data?.items ?? [];
  const first = items[0]?.position;
  const last = items.at(-1)?.position;
  const next = page.data?.next ?? null;
  return (
    <Stack gap="lg" maw={1200}>
      <AuditTabs current="log" />
      {/* Remounted when the address changes (a followed link), so the form shows its filters. */}
      <AuditFiltersForm
        key={searchOf(filters).toString()}
        filters={filters}
        onApply={(applied) => setSearch(searchOf(applied))}
      />
      {view.correlationId && (
        <Text fw={600} data-testid="correlation-heading">
          {t('audit.log.oneRequest', { id: view.correlationId })}
        </Text>
      )}
      {page.error && <ProblemAlert error={page.error} onRetry={() => void page.refetch()} />}
      {page.isPending && <Loader aria-label={t('audit.log.loading')} />}
      {page.data && (
        <Text size="sm" c="gray.7" role="status" data-testid="audit-range">
          {first !== undefined && last !== undefined
            ? items.length === 1
              ? t('audit.log.rangeOne', { from: formatNumber(first) })
              : t('audit.log.range', {
                  n: formatNumber(items.length),
                  from: formatNumber(first),
                  to: formatNumber(last),
                })
            : next !== null
              ? t('audit.log.noneYet', { position: formatNumber(next) })
              : isFiltered(view)
                ? t('audit.log.emptyFiltered')
                : t('audit.log.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('audit.log.events')}
          data-testid="audit-events"
        >
          {items.map((event) => (
            <EventCard key={event.position} event={event} />
          ))}
        </Stack>
      )}
      {page.data && (view.after !== undefined || next !== null) && (
        <Group gap="sm" component="nav" aria-label={t('audit.log.pages')}>
          {view.after !== undefined && (
            <Button variant="default" onClick={() => setSearch(searchOf(filters))}>
              {t('audit.log.firstPage')}
            </Button>
          )}
          {next !== null && (
            <Button
              variant="light"
              onClick={() => setSearch(searchOf({ ...filters, after: next }))}
            >
              {t('audit.log.nextPage')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
};
