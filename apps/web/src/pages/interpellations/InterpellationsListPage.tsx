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
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import {
  listQuery,
  MAX_SEARCH,
  PAGE_SIZE,
  readListParams,
  writeListParams,
  type ListParams,
} from '../delegations/list-params';
import { supervisorText } from '../delegations/supervisor-text';
import type { InterpellationSummary } from './interpellation-view';

const Row = ({ session }: { session: InterpellationSummary }) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Anchor component={Link} to={`/interpellations/${session.id}`} fw={600} lineClamp={2}>
          {session.title}
        </Anchor>
        {session.resolution === null && (
          <Badge color="council" variant="light" style={{ flexShrink: 0 }}>
            {t('interpellations.list.noResolution')}
          </Badge>
        )}
      </Group>
      <Text size="sm" mt={4}>
        {session.meeting} · {t('interpellations.list.heldOn', { date: formatDate(session.heldOn) })}
      </Text>
      <Text size="sm" c="gray.7" mt={4}>
        {supervisorText(t, session.supervisor)}
      </Text>
      {session.resolution && (
        <Text size="sm" c="gray.7" mt={4}>
          {t('interpellations.list.resolution', {
            number: session.resolution.number,
            date: formatDate(session.resolution.issuedOn),
          })}
        </Text>
      )}
    </Card>
  );
};

/**
 * "Phiên chất vấn": the sessions, latest first, searched and paged by the API as the
 * delegations are ("cai cach" finds "cải cách").
 */
export const InterpellationsListPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.interpellations');
  const api = useApi();
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const [typed, setTyped] = useState(params.q);
  const go = (next: ListParams) => setSearch(writeListParams(next));
  const list = useQuery({
    queryKey: ['interpellations', 'list', params],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/interpellations', { params: { query: listQuery(params) } }),
      );
      // The API's document leaves list items untyped (interpellation-view.ts says why).
      return { items: page.items as unknown as InterpellationSummary[], total: page.total };
    },
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('interpellations.list.title')}</Title>
          <Text c="gray.7">{t('interpellations.list.intro')}</Text>
        </Stack>
        {can(session?.user.role, 'holdInterpellation') && (
          <Button component={Link} to="/interpellations/new">
            {t('interpellations.hold.title')}
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
            label={t('interpellations.list.search')}
            description={t('interpellations.list.searchHint')}
            value={typed}
            maxLength={MAX_SEARCH}
            onChange={(event) => setTyped(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={240}
          />
          <Button type="submit" variant="light">
            {t('interpellations.list.searchButton')}
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
        <Stack gap="sm" component="section" aria-label={t('interpellations.list.results')}>
          <Text role="status" size="sm" c="gray.7">
            {params.q.trim() === ''
              ? t('interpellations.list.count', { count: list.data.total })
              : t('interpellations.list.found', { count: list.data.total, q: params.q.trim() })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text>{t('interpellations.list.none')}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((item) => (
                <Row key={item.id} session={item} />
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
