import { Group, Loader, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Pager } from '../../components/Pager';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../tracker/tracker-query';
import { CaseCard } from './CaseCard';
import { agencyNextStep } from './todo-sections';

const NEXT_STEP = {
  respond: 'todo.next.respond',
  implement: 'todo.next.implement',
  awaitAssessment: 'todo.next.awaitAssessment',
  awaitVerification: 'todo.next.awaitVerification',
} as const;

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 ? n : fallback;
};

/** Which agency the officer answers for, by name, for the page to say whose cases these are. */
const useOwnAgencyName = () => {
  const api = useApi();
  return useQuery({
    queryKey: ['auth', 'me', 'agency'],
    staleTime: 300_000,
    queryFn: async () => {
      const me = await answer(api.GET('/api/auth/me'));
      if (!me.agencyId) return null;
      const agency = await answer(
        api.GET('/api/agencies/{id}', { params: { path: { id: me.agencyId } } }),
      );
      return (agency as { name?: string }).name ?? null;
    },
  });
};

/**
 * An agency officer's home, often opened on a phone: the open cases their agency answers for
 * (the API gives an agency's user nothing else), soonest deadline first, each saying what is
 * asked, by when, and what the agency must do next. Paged through the API.
 */
export const AgencyInbox = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const page = positive(search.get('page'), 1);
  const wanted = positive(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.find((size) => size === wanted) ?? DEFAULT_PAGE_SIZE;
  const agency = useOwnAgencyName();
  const query = { open: true, sort: 'responseDueOn' as const, page, pageSize };
  const cases = useQuery({
    queryKey: ['recommendations', 'inbox', query],
    queryFn: () => answer(api.GET('/api/recommendations', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const go = (next: { page: number; pageSize: number }) => {
    const params = new URLSearchParams();
    if (next.page !== 1) params.set('page', String(next.page));
    if (next.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(next.pageSize));
    setSearch(params);
  };
  return (
    <Stack gap="md">
      {agency.data && <Text fw={600}>{t('todo.inbox.agency', { agency: agency.data })}</Text>}
      {cases.error ? (
        <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
      ) : !cases.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : cases.data.items.length === 0 ? (
        <Text>{t('todo.inbox.empty')}</Text>
      ) : (
        <Stack gap="sm" component="section" aria-label={t('todo.inbox.title')}>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {cases.data.items.map((item) => {
              const next = agencyNextStep(item.status);
              return (
                <CaseCard key={item.id} item={item}>
                  {next && (
                    <Text size="sm" mt={6}>
                      {t(NEXT_STEP[next])}
                    </Text>
                  )}
                </CaseCard>
              );
            })}
          </Stack>
          <Pager
            page={page}
            pageSize={pageSize}
            total={cases.data.total}
            onPage={(p) => go({ page: p, pageSize })}
            shown={cases.data.items.length}
            pageSizes={PAGE_SIZES}
            onPageSize={(size) => go({ page: 1, pageSize: size })}
          />
        </Stack>
      )}
    </Stack>
  );
};
