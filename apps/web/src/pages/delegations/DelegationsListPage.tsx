import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../shell/page-title';
import { delegationStatusLabel, type DelegationSummary } from './delegation-view';
import {
  listQuery,
  MAX_SEARCH,
  PAGE_SIZE,
  readListParams,
  writeListParams,
  type ListParams,
} from './list-params';

const Row = ({ delegation }: { delegation: DelegationSummary }) => {
  const { t } = useTranslation();
  const status = delegationStatusLabel(delegation.status);
  return (
    <Card withBorder padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Anchor component={Link} to={`/delegations/${delegation.id}`} fw={600} lineClamp={2}>
          {delegation.title}
        </Anchor>
        {status && (
          <Badge color={delegation.status === 'concluded' ? 'gray' : 'council'} variant="light">
            {t(status)}
          </Badge>
        )}
      </Group>
      <Text size="sm" mt={4} lineClamp={2}>
        {delegation.topic}
      </Text>
      <Text size="sm" c="gray.7" mt={4}>
        {t('delegations.list.basis', {
          number: delegation.legalBasis.number,
          date: formatDate(delegation.legalBasis.issuedOn),
        })}{' '}
        ·{' '}
        {t('delegations.list.period', {
          from: formatDate(delegation.periodFrom),
          to: formatDate(delegation.periodTo),
        })}
      </Text>
    </Card>
  );
};

/**
 * The delegations, newest period first, searched and paged by the API: "cai cach" finds
 * "cải cách" (the API ignores diacritics, in a delegation's own text and its findings').
 */
export const DelegationsListPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.delegations');
  const api = useApi();
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const [typed, setTyped] = useState(params.q);
  const go = (next: ListParams) => setSearch(writeListParams(next));
  const list = useQuery({
    queryKey: ['delegations', 'list', params],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/delegations', { params: { query: listQuery(params) } }),
      );
      // The API's document leaves list items untyped (delegation-view.ts says why).
      return { items: page.items as unknown as DelegationSummary[], total: page.total };
    },
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('delegations.list.title')}</Title>
          <Text c="gray.7">{t('delegations.list.intro')}</Text>
        </Stack>
        {can(session?.user.role, 'establishDelegation') && (
          <Button component={Link} to="/delegations/new">
            {t('delegations.establish.title')}
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
            label={t('delegations.list.search')}
            description={t('delegations.list.searchHint')}
            value={typed}
            maxLength={MAX_SEARCH}
            onChange={(event) => setTyped(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={240}
          />
          <Button type="submit" variant="light">
            {t('delegations.list.searchButton')}
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
        <Stack gap="sm" component="section" aria-label={t('delegations.list.results')}>
          <Text role="status" size="sm" c="gray.7">
            {params.q.trim() === ''
              ? t('delegations.list.count', { count: list.data.total })
              : t('delegations.list.found', { count: list.data.total, q: params.q.trim() })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text>{t('delegations.list.none')}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((delegation) => (
                <Row key={delegation.id} delegation={delegation} />
              ))}
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
