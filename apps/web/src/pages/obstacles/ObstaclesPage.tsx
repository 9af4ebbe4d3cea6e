import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
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
import { AgencySelect } from '../../components/AgencySelect';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { allows } from '../../shell/menus';
import { usePageTitle } from '../../shell/page-title';
import {
  agencyName,
  OBSTACLE_STATUSES,
  STATUS_COLOURS,
  STATUS_LABELS,
  type ObstacleView,
} from './obstacle';
import {
  apiQuery,
  filtersFrom,
  PAGE_SIZE,
  searchOf,
  withFilter,
  type ObstacleFilters,
} from './obstacle-list-params';

/** How many delegations the filter offers: a council runs a handful a year. */
const DELEGATIONS_SHOWN = 100;

/** The delegations to filter by, for the roles that may read them. */
const useDelegations = (enabled: boolean) => {
  const api = useApi();
  return useQuery({
    queryKey: ['delegations', 'filter'],
    queryFn: async () =>
      (
        await answer(
          api.GET('/api/delegations', { params: { query: { pageSize: DELEGATIONS_SHOWN } } }),
        )
      ).items as unknown as { id: string; title: string }[],
    enabled,
  });
};

const Row = ({ obstacle }: { obstacle: ObstacleView }) => {
  const { t } = useTranslation();
  const answering = obstacle.referral?.toAgency ?? obstacle.responsibleAgency;
  return (
    <Card withBorder padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Anchor component={Link} to={`/obstacles/${obstacle.id}`} fw={600} lineClamp={3}>
          {obstacle.statement}
        </Anchor>
        <Badge color={STATUS_COLOURS[obstacle.status]} variant="outline" style={{ flexShrink: 0 }}>
          {t(STATUS_LABELS[obstacle.status])}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4} mt="xs">
        <Text size="sm" c="gray.7">
          {t('obstacles.recordedOn')}: {formatDate(obstacle.recordedOn)}
        </Text>
        <Text size="sm" c="gray.7">
          {t('obstacles.sourceAgency')}: {agencyName(obstacle.sourceAgency)}
        </Text>
        <Text size="sm" c="gray.7">
          {t('obstacles.answeringAgency')}:{' '}
          {answering ? agencyName(answering) : t('obstacles.notAssigned')}
        </Text>
      </SimpleGrid>
    </Card>
  );
};

/**
 * The obstacle register (khó khăn, vướng mắc): every difficulty the delegations recorded, with
 * who answers for it now, filtered by status, agency, delegation and words, a page at a time.
 */
export const ObstaclesPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.obstacles');
  const api = useApi();
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const go = (next: ObstacleFilters) => setSearch(searchOf(next));
  const [words, setWords] = useState(filters.q ?? '');
  const readsDelegations = session !== undefined && allows(session.user.role, '/delegations');
  const ownAgencyOnly = session?.user.role === 'agency';
  const delegations = useDelegations(readsDelegations);
  const list = useQuery({
    queryKey: ['obstacles', 'list', apiQuery(filters)],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/obstacles', {
          params: { query: { ...apiQuery(filters), ...writtenPosition() } },
        }),
      );
      return { items: page.items as unknown as ObstacleView[], total: page.total };
    },
    placeholderData: keepPreviousData,
  });
  const searchWords = (event: FormEvent) => {
    event.preventDefault();
    go(withFilter(filters, { q: words.normalize('NFC').trim() }));
  };
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={2}>{t('obstacles.title')}</Title>
        <Text c="gray.7">{t('obstacles.intro')}</Text>
      </Stack>
      <Stack gap="sm" component="section" aria-label={t('obstacles.filters')}>
        <form onSubmit={searchWords} role="search">
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label={t('obstacles.search')}
              description={t('obstacles.searchHint')}
              value={words}
              onChange={(event) => setWords(event.currentTarget.value)}
              maxLength={200}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="light">
              {t('obstacles.searchButton')}
            </Button>
          </Group>
        </form>
        <SimpleGrid
          cols={{ base: 1, sm: 1 + (readsDelegations ? 1 : 0) + (ownAgencyOnly ? 0 : 1) }}
          spacing="sm"
        >
          <Select
            label={t('obstacles.statusFilter')}
            placeholder={t('obstacles.allStatuses')}
            clearable
            value={filters.status ?? null}
            data={OBSTACLE_STATUSES.map((status) => ({
              value: status,
              label: t(STATUS_LABELS[status]),
            }))}
            onChange={(status) =>
              go(
                withFilter(filters, { status: (status as ObstacleFilters['status']) ?? undefined }),
              )
            }
          />
          {/* An agency's officer lists only its own agency's obstacles: the API refuses others. */}
          {!ownAgencyOnly && (
            <AgencySelect
              label={t('obstacles.agencyFilter')}
              placeholder={t('obstacles.allAgencies')}
              clearable
              value={filters.agencyId ?? null}
              onChange={(agencyId) => go(withFilter(filters, { agencyId: agencyId ?? undefined }))}
            />
          )}
          {readsDelegations && (
            <Select
              label={t('obstacles.delegationFilter')}
              placeholder={t('obstacles.allDelegations')}
              clearable
              searchable
              value={filters.delegationId ?? null}
              data={(delegations.data ?? []).map((d) => ({ value: d.id, label: d.title }))}
              onChange={(delegationId) =>
                go(withFilter(filters, { delegationId: delegationId ?? undefined }))
              }
            />
          )}
        </SimpleGrid>
      </Stack>
      {list.error ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : (
        <Stack gap="sm" component="section" aria-label={t('obstacles.results')}>
          {list.data.items.length === 0 ? (
            <Text c="gray.7">{t('obstacles.none')}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((obstacle) => (
                <Row key={obstacle.id} obstacle={obstacle} />
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
