import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../shell/page-title';
import { CaseCard } from '../todo/CaseCard';
import { Pager } from '../../components/Pager';
import { TrackerExport } from './TrackerExport';
import { TrackerFilters } from './TrackerFilters';
import { SourceLine } from './SourceLine';
import { TrackerTable } from './TrackerTable';
import {
  apiQuery,
  PAGE_SIZES,
  searchOfView,
  viewFromSearch,
  withFilter,
  type TrackerView,
} from './tracker-query';

/**
 * "Kiến nghị": every recommendation, one page at a time through the API (the list may hold
 * 100 000). The filters, sort and page live in the address, so a link, a bookmark or the back
 * button brings back exactly this view.
 */
export const TrackerPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.recommendations');
  const api = useApi();
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const view = viewFromSearch(search);
  // A change applies to the address as it is now, not as this render saw it: the router renders
  // in a transition, and a second click before it ends must not bring back what the first undid.
  const change = (change: Partial<TrackerView>) =>
    setSearch(
      searchOfView(withFilter(viewFromSearch(new URLSearchParams(window.location.search)), change)),
    );
  // On a phone, cards: a table there hides the deadline off to the right of the screen.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const query = apiQuery(view);
  const list = useQuery({
    queryKey: ['recommendations', 'tracker', query],
    queryFn: () => answer(api.GET('/api/recommendations', { params: { query } })),
    // The page shown stays while the next loads: no flash of an empty table between pages.
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={2}>{t('tracker.title')}</Title>
          <Text c="dimmed">{t('tracker.intro')}</Text>
        </Stack>
        <Group gap="sm">
          {can(session?.user.role, 'importRegister') && (
            <Button component={Link} to="/recommendations/import" variant="light">
              {t('importPage.link')}
            </Button>
          )}
          <TrackerExport view={view} />
        </Group>
      </Group>
      <TrackerFilters view={view} change={change} clear={() => setSearch(new URLSearchParams())} />
      {list.error ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : (
        // data-testid: what bench:web waits for to call the list shown.
        <Stack gap="sm" aria-busy={list.isFetching} data-testid="tracker-list">
          {list.data.items.length === 0 ? (
            <Text>{t('tracker.empty')}</Text>
          ) : phone ? (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((item) => (
                <CaseCard key={item.id} item={item}>
                  <SourceLine source={item.source} />
                  <Text size="sm" c="dimmed" mt={6}>
                    {t('tracker.columns.addressee')}:{' '}
                    {item.addresseeAgencies.current.name ?? item.addressee.current}
                  </Text>
                </CaseCard>
              ))}
            </Stack>
          ) : (
            <TrackerTable items={list.data.items} />
          )}
          <Pager
            page={view.page}
            pageSize={view.pageSize}
            total={list.data.total}
            onPage={(page) => change({ page })}
            shown={list.data.items.length}
            pageSizes={PAGE_SIZES}
            onPageSize={(pageSize) => change({ pageSize })}
          />
        </Stack>
      )}
    </Stack>
  );
};
