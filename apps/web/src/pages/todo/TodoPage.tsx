import { Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../shell/page-title';
import { formatDate } from '../../i18n/format';
import { DUE_SOON_DAYS, dueSoon, todayInVietnam } from './due-soon';
import { statusLabel, type TrackerItem } from './tracker-item';

/** The overdue list shows a first page and links to the rest. */
const OVERDUE_PAGE = 50;
/**
 * The tracker cannot yet filter by deadline window, so the awaiting list is read at the most
 * the API gives (200), soonest deadline first, and the window is picked out here.
 */
const AWAITING_PAGE = 200;

/** One tracker list, read through the generated client. */
const useTracker = (
  key: string,
  query: { overdue?: boolean; status?: 'awaiting-response'; pageSize: number },
) => {
  const api = useApi();
  return useQuery({
    queryKey: ['recommendations', key],
    queryFn: async () => {
      const page = await answer(
        api.GET('/api/recommendations', {
          params: { query: { ...query, sort: 'responseDueOn' } },
        }),
      );
      // The API's document leaves list items untyped (tracker-item.ts says why).
      return { items: page.items as unknown as TrackerItem[], total: page.total };
    },
  });
};

const Row = ({ item, overdue }: { item: TrackerItem; overdue: boolean }) => {
  const { t } = useTranslation();
  const status = statusLabel(item.status);
  return (
    <Card withBorder padding="md" component="li">
      <Anchor component={Link} to={`/recommendations/${item.id}`} fw={600} lineClamp={3}>
        {item.text}
      </Anchor>
      <Group gap="xs" mt="xs" wrap="wrap">
        <Badge color={overdue ? 'red' : 'yellow'} variant="light">
          {overdue
            ? t('todo.daysOverdue', { count: item.daysOverdue })
            : t('todo.dueOn', { date: formatDate(item.responseDueOn) })}
        </Badge>
        {status && (
          <Badge color="gray" variant="outline">
            {t(status)}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mt={6}>
        {t('todo.addressee')}: {item.addresseeAgencies.current.name}
      </Text>
    </Card>
  );
};

const Section = ({
  title,
  items,
  total,
  empty,
  overdue,
}: {
  title: string;
  items: readonly TrackerItem[];
  total: number;
  empty: string;
  overdue: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title} ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Row key={item.id} item={item} overdue={overdue} />
          ))}
        </Stack>
      )}
      {total > items.length && (
        <Anchor component={Link} to="/recommendations" size="sm">
          {t('todo.more', { count: total - items.length })}
        </Anchor>
      )}
    </Stack>
  );
};

/** The home page answers "what must I do now?": what is overdue, then what falls due soon. */
export const TodoPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.todo');
  const overdue = useTracker('overdue', { overdue: true, pageSize: OVERDUE_PAGE });
  const awaiting = useTracker('awaiting', {
    status: 'awaiting-response',
    pageSize: AWAITING_PAGE,
  });
  const failed = overdue.error ?? awaiting.error;
  const soon = awaiting.data ? dueSoon(awaiting.data.items, todayInVietnam(new Date())) : [];
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={2}>{t('todo.title')}</Title>
        <Text c="dimmed">{t('todo.intro')}</Text>
      </Stack>
      {failed ? (
        <ProblemAlert
          error={failed}
          onRetry={() => void Promise.all([overdue.refetch(), awaiting.refetch()])}
        />
      ) : !overdue.data || !awaiting.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : (
        <>
          <Section
            title={t('todo.overdue')}
            items={overdue.data.items}
            total={overdue.data.total}
            empty={t('todo.noneOverdue')}
            overdue
          />
          <Section
            title={t('todo.dueSoon')}
            items={soon}
            total={soon.length}
            empty={t('todo.noneDueSoon', { days: DUE_SOON_DAYS })}
            overdue={false}
          />
        </>
      )}
    </Stack>
  );
};
