import { Group, Loader, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CaseCard } from './CaseCard';
import { Section } from './Section';
import { DUE_SOON_WORKING_DAYS, SECTION_SIZE, TRACKER_SECTIONS } from './todo-sections';

/*
 * An obstacle as the register lists it, as far as this page reads it: the API's document does
 * not describe the obstacle list's items yet, so the fields are named here.
 */
interface ObstacleItem {
  readonly id: string;
  readonly statement: string;
  readonly sourceAgency: { readonly name: string | null };
}

const TITLES = {
  overdue: 'todo.overdue',
  dueSoon: 'todo.dueSoon',
  awaitingAssessment: 'todo.awaitingAssessment',
  awaitingVerification: 'todo.awaitingVerification',
} as const;

const EMPTY = {
  overdue: 'todo.noneOverdue',
  dueSoon: 'todo.noneDueSoon',
  awaitingAssessment: 'todo.noneAwaitingAssessment',
  awaitingVerification: 'todo.noneAwaitingVerification',
} as const;

/** What needs the secretariat now: each section one filtered page of the API's lists. */
export const SecretariatTodo = () => {
  const { t } = useTranslation();
  const api = useApi();
  const sections = useQueries({
    queries: TRACKER_SECTIONS.map((section) => ({
      queryKey: ['recommendations', 'todo', section.key],
      queryFn: () =>
        answer(
          api.GET('/api/recommendations', {
            params: { query: { ...section.query, pageSize: SECTION_SIZE } },
          }),
        ),
    })),
  });
  const obstacles = useQuery({
    queryKey: ['obstacles', 'todo', 'unassigned'],
    queryFn: () =>
      answer(
        api.GET('/api/obstacles', {
          params: { query: { status: 'recorded', pageSize: SECTION_SIZE } },
        }),
      ),
  });
  const failed = sections.find((s) => s.error)?.error ?? obstacles.error;
  if (failed)
    return (
      <ProblemAlert
        error={failed}
        onRetry={() => void Promise.all([...sections.map((s) => s.refetch()), obstacles.refetch()])}
      />
    );
  if (sections.some((s) => !s.data) || !obstacles.data)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  const unassigned = obstacles.data.items as unknown as ObstacleItem[];
  return (
    <Stack gap="xl">
      {TRACKER_SECTIONS.map((section, i) => {
        const page = sections[i]!.data!;
        return (
          <Section
            key={section.key}
            id={section.key}
            title={t(TITLES[section.key])}
            total={page.total}
            shown={page.items.length}
            empty={t(EMPTY[section.key], { days: DUE_SOON_WORKING_DAYS })}
            more={section.more}
          >
            {page.items.map((item) => (
              <CaseCard key={item.id} item={item}>
                <Text size="sm" c="dimmed" mt={6}>
                  {t('todo.addressee')}:{' '}
                  {item.addresseeAgencies.current.name ?? item.addressee.current}
                </Text>
              </CaseCard>
            ))}
          </Section>
        );
      })}
      <Section
        id="unassignedObstacles"
        title={t('todo.unassignedObstacles')}
        total={obstacles.data.total}
        shown={unassigned.length}
        empty={t('todo.noneUnassigned')}
        more="/obstacles?status=recorded"
      >
        {unassigned.map((obstacle) => (
          <li key={obstacle.id} style={{ listStyle: 'none' }}>
            <Anchor component={Link} to={`/obstacles/${obstacle.id}`} fw={600} lineClamp={3}>
              {obstacle.statement}
            </Anchor>
            {obstacle.sourceAgency.name && (
              <Text size="sm" c="dimmed">
                {t('todo.raisedBy')}: {obstacle.sourceAgency.name}
              </Text>
            )}
          </li>
        ))}
      </Section>
    </Stack>
  );
};
