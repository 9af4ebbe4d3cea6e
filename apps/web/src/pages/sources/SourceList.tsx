import { Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  listQuery,
  MAX_SEARCH,
  PAGE_SIZE,
  readListParams,
  writeListParams,
  type ListParams,
} from '../delegations/list-params';

/**
 * A list of one source of follow-up items (explanation sessions, committee supervisions),
 * newest first, searched and paged by the API with the search and page in the address, as the
 * delegations' list is: the same list-params, so a search is bookmarked the same way.
 */
export const SourceList = <T extends { id: string }>({
  queryKey,
  load,
  title,
  intro,
  create,
  counted,
  row,
}: {
  queryKey: string;
  /** GET the list's page for these params (the API's `q`, `page`, `pageSize`). */
  load: (query: ReturnType<typeof listQuery>) => Promise<{ items: T[]; total: number }>;
  title: string;
  intro: string;
  /** The button to record a new one, for a reader who may. */
  create?: { to: string; label: string };
  /** "Có 3 phiên giải trình." — or, with a search, what it found. */
  counted: (count: number, q: string) => string;
  row: (item: T) => ReactNode;
}) => {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const [typed, setTyped] = useState(params.q);
  const go = (next: ListParams) => setSearch(writeListParams(next));
  const list = useQuery({
    queryKey: [queryKey, 'list', params],
    queryFn: () => load(listQuery(params)),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{title}</Title>
          <Text c="gray.7">{intro}</Text>
        </Stack>
        {create && (
          <Button component={Link} to={create.to}>
            {create.label}
          </Button>
        )}
      </Group>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ q: typed, page: 1 });
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('sources.list.search')}
            description={t('sources.list.searchHint')}
            value={typed}
            maxLength={MAX_SEARCH}
            onChange={(event) => setTyped(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={240}
          />
          <Button type="submit" variant="light">
            {t('sources.list.searchButton')}
          </Button>
        </Group>
      </form>
      {list.error ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : (
        <Stack gap="sm" component="section" aria-label={t('sources.list.results')}>
          <Text role="status" size="sm" c="gray.7">
            {counted(list.data.total, params.q.trim())}
          </Text>
          {list.data.items.length === 0 ? (
            <Text>{t('sources.list.none')}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((item) => row(item))}
            </Stack>
          )}
          <Pager
            page={params.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            shown={list.data.items.length}
            onPage={(page) => go({ ...params, page })}
          />
        </Stack>
      )}
    </Stack>
  );
};
