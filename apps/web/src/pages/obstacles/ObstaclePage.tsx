import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { writtenPosition } from '../../api/written-position';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EVENT_LABELS, isKnownEvent } from '../../forms';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { usePageTitle } from '../../shell/page-title';
import { AssignForm } from './AssignForm';
import { MergeForm } from './MergeForm';
import { ObstacleLink } from './ObstacleLink';
import {
  agencyName,
  COMPETENCE_LABELS,
  STATUS_COLOURS,
  STATUS_LABELS,
  type AgencyRef,
  type ObstacleDetail,
  type ObstacleHistoryEntry,
} from './obstacle';
import { obstacleActions, type ObstacleAction } from './obstacle-actions';
import { historyDetails } from './obstacle-history';
import { ReferForm } from './ReferForm';
import { ResolveForm } from './ResolveForm';
import { AsOfBanner, notRecordedYet } from '../../time-travel/AsOfBanner';
import { historyChanges } from '../../time-travel/history-changes';
import { TimeTravelPanel } from '../../time-travel/TimeTravelPanel';
import { useAsOf } from '../../time-travel/use-as-of';

/** The button that opens each action's form. */
const ACTION_LABELS = {
  assign: 'obstacles.assign.button',
  refer: 'obstacles.refer.button',
  merge: 'obstacles.merge.button',
  resolve: 'obstacles.resolve.button',
} as const satisfies Record<ObstacleAction, string>;

const FORMS = {
  assign: AssignForm,
  refer: ReferForm,
  merge: MergeForm,
  resolve: ResolveForm,
} as const satisfies Record<ObstacleAction, unknown>;

const AgencyLink = ({ agency }: { agency: AgencyRef }) => (
  <Anchor component={Link} to={`/agencies/${agency.id}`}>
    {agencyName(agency)}
  </Anchor>
);

/** One fact of the obstacle: a label above its value, as a clerk's form reads. */
const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={2}>
    <Text size="sm" c="gray.7" fw={500}>
      {label}
    </Text>
    <div>{children}</div>
  </Stack>
);

const Step = ({ entry }: { entry: ObstacleHistoryEntry }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" c="gray.7">
        {t('obstacles.history.on', { date: formatDate(entry.on) })} ·{' '}
        {t('obstacles.history.by', {
          who: entry.actor.displayName ?? entry.actor.username,
          when: formatDateTime(entry.at),
        })}
      </Text>
      {historyDetails(entry).map((detail, index) =>
        'mergedInto' in detail ? (
          <Text size="sm" key={index}>
            {t('obstacles.history.mergedInto')} <ObstacleLink id={detail.mergedInto} />
          </Text>
        ) : (
          <Text size="sm" key={index}>
            {t(detail.label)}:{' '}
            {'competence' in detail ? (
              t(COMPETENCE_LABELS[detail.competence])
            ) : detail.agencyId !== undefined ? (
              <Anchor component={Link} to={`/agencies/${detail.agencyId}`}>
                {detail.text}
              </Anchor>
            ) : (
              detail.text
            )}
          </Text>
        ),
      )}
    </Stack>
  );
};

const Facts = ({ obstacle }: { obstacle: ObstacleDetail }) => {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Fact label={t('obstacles.recordedOn')}>{formatDate(obstacle.recordedOn)}</Fact>
      <Fact label={t('obstacles.sourceAgency')}>
        <AgencyLink agency={obstacle.sourceAgency} />
      </Fact>
      <Fact label={t('obstacles.responsibleAgency')}>
        {obstacle.responsibleAgency ? (
          <>
            <AgencyLink agency={obstacle.responsibleAgency} />
            {obstacle.competence && ` (${t(COMPETENCE_LABELS[obstacle.competence])})`}
          </>
        ) : (
          t('obstacles.notAssigned')
        )}
      </Fact>
      <Fact label={t('obstacles.delegation')}>
        <Anchor component={Link} to={`/delegations/${obstacle.delegationId}`}>
          {t('obstacles.openDelegation')}
        </Anchor>
      </Fact>
      {obstacle.referral && (
        <Fact label={t('obstacles.referredTo')}>
          <AgencyLink agency={obstacle.referral.toAgency} />
          <Text size="sm">
            {t('obstacles.referredOn', { date: formatDate(obstacle.referral.referredOn) })}
          </Text>
          <Text size="sm">{obstacle.referral.reason}</Text>
        </Fact>
      )}
      {obstacle.mergedInto && (
        <Fact label={t('obstacles.mergedInto')}>
          <ObstacleLink id={obstacle.mergedInto} />
        </Fact>
      )}
      {obstacle.mergedFrom.length > 0 && (
        <Fact label={t('obstacles.mergedFrom')}>
          <List size="sm">
            {obstacle.mergedFrom.map((id) => (
              <List.Item key={id}>
                <ObstacleLink id={id} />
              </List.Item>
            ))}
          </List>
        </Fact>
      )}
      {obstacle.resolution && (
        <Fact label={t('obstacles.resolution')}>
          <Text size="sm">
            {t('obstacles.resolvedOn', { date: formatDate(obstacle.resolution.resolvedOn) })}
          </Text>
          <Text size="sm">{obstacle.resolution.text}</Text>
          {obstacle.resolution.evidence.length > 0 && (
            <List size="sm">
              {obstacle.resolution.evidence.map((e) => (
                <List.Item key={`${e.reference}|${e.title}`}>
                  {e.title} ({e.reference})
                </List.Item>
              ))}
            </List>
          )}
        </Fact>
      )}
    </SimpleGrid>
  );
};

/**
 * One obstacle: what it is, where it arose, who answers for it, its history step by step, and
 * the steps the reader may take now — only those their role may send, only while it is open.
 */
export const ObstaclePage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.obstacles');
  const api = useApi();
  const { id = '' } = useParams();
  const { session } = useSession();
  const [acting, setActing] = useState<ObstacleAction | null>(null);
  const { asOf, show } = useAsOf();
  /** The obstacle now, or as recorded up to an instant (`asRecordedAt`). */
  const load = async (instant: string | null) =>
    (await answer(
      api.GET('/api/obstacles/{id}', {
        // A merge into this obstacle is another's event: read past what this tab wrote.
        params: {
          path: { id },
          query: instant === null ? writtenPosition() : { asRecordedAt: instant },
        },
      }),
    )) as unknown as ObstacleDetail;
  const obstacle = useQuery({
    queryKey: asOf === null ? ['obstacle', id] : ['obstacle', id, 'asOf', asOf],
    queryFn: () => load(asOf),
  });
  if (notRecordedYet(asOf, obstacle.error))
    return <AsOfBanner asOf={asOf} onNow={() => show(null)} missing />;
  if (obstacle.error)
    return (
      <Stack gap="lg" maw={1000}>
        <Title order={2}>{t('obstacles.one')}</Title>
        <ProblemAlert error={obstacle.error} onRetry={() => void obstacle.refetch()} />
      </Stack>
    );
  if (!obstacle.data)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  const o = obstacle.data;
  // A past state is read, never acted on.
  const actions = asOf === null ? obstacleActions(session?.user.role, o.status) : [];
  const Form = acting && actions.includes(acting) ? FORMS[acting] : undefined;
  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to="/obstacles" size="sm">
        ← {t('obstacles.backToList')}
      </Anchor>
      {asOf !== null && <AsOfBanner asOf={asOf} onNow={() => show(null)} />}
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={2}>{t('obstacles.one')}</Title>
          <Badge color={STATUS_COLOURS[o.status]} variant="outline" size="lg">
            {t(STATUS_LABELS[o.status])}
          </Badge>
        </Group>
        <Text size="lg">{o.statement}</Text>
      </Stack>
      <Card withBorder padding="lg" component="section" aria-label={t('obstacles.facts')}>
        <Facts obstacle={o} />
      </Card>
      {actions.length > 0 && (
        <Stack gap="sm" component="section" aria-label={t('obstacles.actions')}>
          <Group gap="sm">
            {actions.map((action) => (
              <Button
                key={action}
                variant={acting === action ? 'filled' : 'light'}
                aria-expanded={acting === action}
                onClick={() => setActing(acting === action ? null : action)}
              >
                {t(ACTION_LABELS[action])}
              </Button>
            ))}
          </Group>
          {Form && acting && <Form key={acting} obstacle={o} onDone={() => setActing(null)} />}
        </Stack>
      )}
      <Stack gap="sm" component="section" aria-labelledby="obstacle-history">
        <Title order={3} size="h4" id="obstacle-history">
          {t('obstacles.history.title')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={o.history.length - 1}>
          {o.history.map((entry) => (
            <Timeline.Item
              key={`${entry.at}|${entry.type}`}
              title={isKnownEvent(entry.type) ? t(EVENT_LABELS[entry.type]) : entry.type}
            >
              <Step entry={entry} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      <TimeTravelPanel
        key={asOf ?? 'now'}
        asOf={asOf}
        show={show}
        queryKey={['obstacle', id]}
        load={load}
        changes={(before, after) => historyChanges(t, before?.history ?? [], after.history)}
      />
    </Stack>
  );
};
