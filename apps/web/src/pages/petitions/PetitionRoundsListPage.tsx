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
import { OpenRoundForm } from './OpenRoundForm';
import type { PetitionRoundSummary } from './petition-view';

const Row = ({ round }: { round: PetitionRoundSummary }) => {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Anchor component={Link} to={`/petition-rounds/${round.id}`} fw={600} lineClamp={2}>
          {round.title}
        </Anchor>
        <Badge color="council" variant="light" style={{ flexShrink: 0 }}>
          {t('petitions.list.petitionCount', { count: round.petitionCount })}
        </Badge>
      </Group>
      <Text size="sm" mt={4}>
        {round.meeting}
      </Text>
      <Text size="sm" c="gray.7" mt={4}>
        {t('petitions.list.dates', {
          forwarded: formatDate(round.forwardedOn),
          due: formatDate(round.answerDueOn),
        })}
      </Text>
      <Text size="sm" c="gray.7" mt={4}>
        {supervisorText(t, round.supervisor)}
      </Text>
    </Card>
  );
};

/**
 * "Kiến nghị cử tri": the rounds of voters' petitions forwarded before each session, latest
 * first, searched and paged by the API as the delegations are; the secretariat opens a round here.
 */
export const PetitionRoundsListPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.petitions');
  const api = useApi();
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const [typed, setTyped] = useState(params.q);
  const [opening, setOpening] = useState(false);
  const go = (next: ListParams) => setSearch(writeListParams(next));
  const list = useQuery({
    queryKey: ['petition-rounds', 'list', params],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/petition-rounds', { params: { query: listQuery(params) } }),
      );
      // The API's document leaves list items untyped (petition-view.ts says why).
      return { items: page.items as unknown as PetitionRoundSummary[], total: page.total };
    },
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('petitions.list.title')}</Title>
          <Text c="gray.7">{t('petitions.list.intro')}</Text>
        </Stack>
        {can(session?.user.role, 'openPetitionRound') && !opening && (
          <Button onClick={() => setOpening(true)}>{t('petitions.open.title')}</Button>
        )}
      </Group>
      {opening && <OpenRoundForm onCancel={() => setOpening(false)} />}
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ q: typed, page: 1 });
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('petitions.list.search')}
            description={t('petitions.list.searchHint')}
            value={typed}
            maxLength={MAX_SEARCH}
            onChange={(event) => setTyped(event.currentTarget.value)}
            style={{ flex: 1 }}
            miw={240}
          />
          <Button type="submit" variant="light">
            {t('petitions.list.searchButton')}
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
        <Stack gap="sm" component="section" aria-label={t('petitions.list.results')}>
          <Text role="status" size="sm" c="gray.7">
            {params.q.trim() === ''
              ? t('petitions.list.count', { count: list.data.total })
              : t('petitions.list.found', { count: list.data.total, q: params.q.trim() })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text>{t('petitions.list.none')}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((item) => (
                <Row key={item.id} round={item} />
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
