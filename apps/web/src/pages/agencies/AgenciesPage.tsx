import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { writtenPosition } from '../../api/written-position';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { AGENCY_LEVELS, isAgencyLevel, LEVEL_LABELS, type AgencyView } from './agency';
import {
  apiQuery,
  filtersFrom,
  PAGE_SIZE,
  searchOf,
  type AgencyFilters,
} from './agency-list-params';

const Row = ({ agency }: { agency: AgencyView }) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/agencies/${agency.id}`} fw={600}>
          {agency.name}
        </Anchor>
        <Group gap="xs">
          <Badge color="gray" variant="outline">
            {t(LEVEL_LABELS[agency.level])}
          </Badge>
          {agency.succession && (
            <Badge color="orange.9" variant="outline">
              {t('agencies.succeededOn', { date: formatDate(agency.succession.effectiveOn) })}
            </Badge>
          )}
        </Group>
      </Group>
    </Card>
  );
};

/** The register of agencies the council addresses, searched by name a page at a time. */
export const AgenciesPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.agencies');
  const api = useApi();
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const go = (next: AgencyFilters) => setSearch(searchOf(next));
  const [words, setWords] = useState(filters.q ?? '');
  const list = useQuery({
    queryKey: ['agencies', 'list', apiQuery(filters)],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/agencies', {
          params: { query: { ...apiQuery(filters), ...writtenPosition() } },
        }),
      );
      return { items: page.items as unknown as AgencyView[], total: page.total };
    },
    placeholderData: keepPreviousData,
  });
  const searchWords = (event: FormEvent) => {
    event.preventDefault();
    const q = words.normalize('NFC').trim();
    go({ ...(q && { q }), ...(filters.level && { level: filters.level }), page: 1 });
  };
  return (
    <Stack gap="lg" maw={1000}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={2}>{t('agencies.title')}</Title>
          <Text c="gray.7">{t('agencies.intro')}</Text>
        </Stack>
        {can(session?.user.role, 'registerAgency') && (
          <Button component={Link} to="/agencies/new">
            {t('agencies.register.button')}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <form onSubmit={searchWords} role="search" style={{ flex: '1 1 20rem' }}>
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label={t('agencies.search')}
              description={t('agencies.searchHint')}
              value={words}
              onChange={(event) => setWords(event.currentTarget.value)}
              maxLength={200}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="light">
              {t('agencies.searchButton')}
            </Button>
          </Group>
        </form>
        <Select
          label={t('agencies.levelFilter')}
          placeholder={t('agencies.allLevels')}
          clearable
          value={filters.level ?? null}
          data={AGENCY_LEVELS.map((level) => ({ value: level, label: t(LEVEL_LABELS[level]) }))}
          onChange={(level) =>
            go({
              ...(filters.q && { q: filters.q }),
              ...(isAgencyLevel(level) && { level }),
              page: 1,
            })
          }
          style={{ flex: '0 1 16rem' }}
        />
      </Group>
      {list.error ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : (
        <Stack gap="sm" component="section" aria-label={t('agencies.results')}>
          {list.data.items.length === 0 ? (
            <Text c="gray.7">{t('agencies.none')}</Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((agency) => (
                <Row key={agency.id} agency={agency} />
              ))}
            </Stack>
          )}
          <Pager
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={(page) => go({ ...filters, page })}
          />
        </Stack>
      )}
    </Stack>
  );
};
