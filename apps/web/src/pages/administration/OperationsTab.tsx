import { Alert, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../i18n/format';
import { barValue, isRunning, pollInterval, timeLeft } from './job-progress';
import { useCan } from './use-can';
import { useNumber } from './use-number';

/** Where the job the admin started last is kept, so a reload goes on following it. */
const JOB_KEY = 'hdnd.administration.rebuildJob';

const JOB_STATE_LABELS = {
  waiting: 'administration.rebuild.waiting',
  active: 'administration.rebuild.active',
  completed: 'administration.rebuild.completed',
  failed: 'administration.rebuild.failed',
} as const;

/**
 * Rebuilds every read model from the first event, beside the ones in use (reads go on). The
 * API answers with a job at once; the page asks where it stands every second until it ends.
 */
const Rebuild = () => {
  const { t } = useTranslation();
  const api = useApi();
  const formatNumber = useNumber();
  const allowed = useCan();
  const [jobId, setJobId] = useState<string | null>(() => sessionStorage.getItem(JOB_KEY));
  const start = useMutation({
    mutationFn: () => answer(api.POST('/api/admin/projections/rebuild')),
    onSuccess: ({ jobId: started }) => {
      sessionStorage.setItem(JOB_KEY, started);
      setJobId(started);
    },
  });
  const job = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => answer(api.GET('/api/admin/jobs/{id}', { params: { path: { id: jobId! } } })),
    enabled: jobId !== null,
    refetchInterval: (query) => pollInterval(query.state.data),
  });
  const running = jobId !== null && isRunning(job.data) && !job.error;
  const left = job.data && timeLeft(job.data);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rebuild-title">
      <Stack gap="sm">
        <Title order={4} id="rebuild-title">
          {t('administration.rebuild.title')}
        </Title>
        <Text size="sm">{t('administration.rebuild.intro')}</Text>
        {start.error && <ProblemAlert error={start.error} />}
        {job.error && <ProblemAlert error={job.error} />}
        {job.data && (
          <Stack gap={6} data-testid="rebuild-progress">
            <Group justify="space-between" wrap="wrap">
              <Text fw={600} role="status">
                {t(JOB_STATE_LABELS[job.data.state])}
              </Text>
              <Text size="sm">
                {t('administration.rebuild.processed', {
                  processed: formatNumber(job.data.processed),
                  total: formatNumber(job.data.total),
                })}
              </Text>
            </Group>
            <Progress
              value={barValue(job.data)}
              color={job.data.state === 'failed' ? 'red.9' : 'blue.8'}
              animated={isRunning(job.data)}
              aria-label={t('administration.rebuild.progressLabel')}
              size="lg"
            />
            <Text size="sm" c="gray.7">
              {t('administration.rebuild.percent', { percent: formatNumber(barValue(job.data)) })}
              {job.data.rate > 0 &&
                ` · ${t('administration.rebuild.rate', { rate: formatNumber(Math.round(job.data.rate)) })}`}
              {left && ` · ${t('administration.rebuild.left', left)}`}
            </Text>
            {job.data.startedAt && (
              <Text size="sm" c="gray.7">
                {t('administration.rebuild.startedAt', {
                  at: formatDateTime(job.data.startedAt),
                })}
                {job.data.finishedAt &&
                  ` · ${t('administration.rebuild.finishedAt', { at: formatDateTime(job.data.finishedAt) })}`}
              </Text>
            )}
            {job.data.state === 'failed' && (
              <Alert color="red.9" variant="outline" title={t('administration.rebuild.failed')}>
                {job.data.failedReason}
              </Alert>
            )}
          </Stack>
        )}
        {allowed('rebuildProjections') && (
          <Group>
            <Button onClick={() => start.mutate()} loading={start.isPending} disabled={running}>
              {t('administration.rebuild.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
};

/**
 * Runs the deadline sweep now (it also runs on a schedule): reminders before deadlines and
 * missed deadlines after them, each recorded once however often it runs.
 */
const Sweep = () => {
  const { t } = useTranslation();
  const api = useApi();
  const formatNumber = useNumber();
  const allowed = useCan();
  const sweep = useMutation({
    mutationFn: () => answer(api.POST('/api/admin/follow-up/sweep')),
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="sweep-title">
      <Stack gap="sm">
        <Title order={4} id="sweep-title">
          {t('administration.sweep.title')}
        </Title>
        <Text size="sm">{t('administration.sweep.intro')}</Text>
        {sweep.error && <ProblemAlert error={sweep.error} />}
        {sweep.data && (
          <Alert
            color="teal.9"
            variant="outline"
            title={t('administration.sweep.done', { date: formatDate(sweep.data.today) })}
            data-testid="sweep-report"
          >
            <List size="sm">
              <List.Item>
                {t('administration.sweep.checked', { n: formatNumber(sweep.data.checked) })}
              </List.Item>
              <List.Item>
                {t('administration.sweep.recorded', { n: formatNumber(sweep.data.recorded) })}
              </List.Item>
              <List.Item>
                {t('administration.sweep.transferred', {
                  n: formatNumber(sweep.data.transferred),
                })}
              </List.Item>
            </List>
          </Alert>
        )}
        {allowed('runFollowUpSweep') && (
          <Group>
            <Button onClick={() => sweep.mutate()} loading={sweep.isPending}>
              {t('administration.sweep.run')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
};

/**
 * Sends today's e-mail digests now (they also go out each morning), and lists the digests the
 * mail server never took, with its reason (admin only: the API refuses the list to others).
 */
const Digests = () => {
  const { t } = useTranslation();
  const api = useApi();
  const formatNumber = useNumber();
  const allowed = useCan();
  const send = useMutation({
    mutationFn: () => answer(api.POST('/api/admin/notices/send')),
    onSuccess: () => void failures.refetch(),
  });
  const failures = useQuery({
    queryKey: ['admin', 'notices', 'failures'],
    queryFn: () => answer(api.GET('/api/admin/notices/failures')),
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="digests-title">
      <Stack gap="sm">
        <Title order={4} id="digests-title">
          {t('administration.digests.title')}
        </Title>
        <Text size="sm">{t('administration.digests.intro')}</Text>
        {send.error && <ProblemAlert error={send.error} />}
        {send.data && !send.data.enabled && (
          <Alert color="orange.9" variant="outline">
            {t('administration.digests.off')}
          </Alert>
        )}
        {send.data?.enabled && (
          <Alert color="teal.9" variant="outline" data-testid="digests-report">
            {t('administration.digests.done', {
              date: formatDate(send.data.day),
              n: formatNumber(send.data.digests),
            })}
          </Alert>
        )}
        {allowed('sendNoticeDigests') && (
          <Group>
            <Button onClick={() => send.mutate()} loading={send.isPending}>
              {t('administration.digests.send')}
            </Button>
          </Group>
        )}
        <Title order={5}>{t('administration.digests.failuresTitle')}</Title>
        {failures.error && <ProblemAlert error={failures.error} />}
        {failures.data && failures.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('administration.digests.noFailures')}
          </Text>
        )}
        {failures.data && failures.data.items.length > 0 && (
          <List size="sm">
            {failures.data.items.map((failure) => (
              <List.Item key={`${failure.userId}.${failure.day}`}>
                {t('administration.digests.failure', {
                  date: formatDate(failure.day),
                  user: failure.userId,
                  reason: failure.reason,
                  attempts: formatNumber(failure.attempts),
                })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
};

/** What an admin starts by hand: a rebuild of the read models, the follow-up sweep, digests. */
export const OperationsTab = () => (
  <Stack gap="md">
    <Rebuild />
    <Sweep />
    <Digests />
  </Stack>
);
