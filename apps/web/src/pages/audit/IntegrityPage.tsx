import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  Group,
  List,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../shell/page-title';
import { barValue, isRunning, pollInterval, timeLeft } from '../administration/job-progress';
import { useCan } from '../administration/use-can';
import { useNumber } from '../administration/use-number';
import type { Checkpoint, IntegrityReport, PublicKey, Verification } from './audit-items';
import { searchOf } from './audit-query';
import { AuditTabs } from './AuditTabs';
import { saveAnsweredFile, saveBlob } from '../../api/save-file';

/** The verification this tab started last, so a reload goes on following it. */
const JOB_KEY = 'hdnd.audit.verification';

const STATE_LABELS = {
  waiting: 'audit.integrity.waiting',
  active: 'audit.integrity.active',
  completed: 'audit.integrity.completed',
  failed: 'audit.integrity.failed',
} as const;

const REASONS = {
  'hash-mismatch': 'audit.integrity.reasons.hash-mismatch',
  'revision-gap': 'audit.integrity.reasons.revision-gap',
  'position-gap': 'audit.integrity.reasons.position-gap',
  'log-chain-mismatch': 'audit.integrity.reasons.log-chain-mismatch',
  'checkpoint-mismatch': 'audit.integrity.reasons.checkpoint-mismatch',
  'checkpoint-forged': 'audit.integrity.reasons.checkpoint-forged',
  'log-truncated': 'audit.integrity.reasons.log-truncated',
} as const;

const hashStyle: CSSProperties = { overflowWrap: 'anywhere' };

/** What the check found: intact in green, or the first broken position in red, and how. */
const Report = ({ report }: { report: IntegrityReport }) => {
  const { t } = useTranslation();
  const n = useNumber();
  const broken = report.firstBroken;
  return (
    <Stack gap="sm" data-testid="integrity-report">
      {broken ? (
        <Alert
          color="red.9"
          variant="outline"
          role="alert"
          title={t('audit.integrity.broken', { position: n(Number(broken.position)) })}
          data-testid="integrity-broken"
        >
          <Stack gap={4}>
            <Text size="sm" fw={600} c="red.9">
              {t(REASONS[broken.reason])}
            </Text>
            {broken.streamId && (
              <Text size="sm">
                {t('audit.integrity.brokenStream', {
                  stream: broken.streamId,
                  revision: broken.revision ?? '',
                })}
              </Text>
            )}
            <Text size="sm">
              {t('audit.integrity.checkedBefore', { n: n(report.eventsChecked) })}
            </Text>
            <Anchor
              component={Link}
              size="sm"
              to={`/audit?${searchOf({
                fromPosition: Math.max(1, Number(broken.position) - 1),
                toPosition: Number(broken.position),
              }).toString()}`}
            >
              {t('audit.integrity.seeEvent', { position: n(Number(broken.position)) })}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <Alert
          color="teal.9"
          variant="outline"
          title={t('audit.integrity.intact')}
          data-testid="integrity-intact"
        >
          {t('audit.integrity.intactBody', {
            events: n(report.eventsChecked),
            streams: n(report.streamsChecked),
          })}
        </Alert>
      )}
      <List size="sm" spacing={4}>
        <List.Item>
          <Text span fw={600} size="sm">
            {t('audit.integrity.streamChains')}:{' '}
          </Text>
          {broken?.streamId
            ? t('audit.integrity.streamChainsBroken', { stream: broken.streamId })
            : broken
              ? t('audit.integrity.streamChainsUpTo', { n: n(report.streamsChecked) })
              : t('audit.integrity.streamChainsOk', { n: n(report.streamsChecked) })}
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            {t('audit.integrity.logChain')}:{' '}
          </Text>
          {report.head
            ? t('audit.integrity.logChainHead', { position: n(Number(report.head.position)) })
            : t('audit.integrity.logChainEmpty')}
          {report.head && (
            <Code display="block" mt={4} style={hashStyle}>
              {report.head.logHash}
            </Code>
          )}
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            {t('audit.integrity.checkpoints')}:{' '}
          </Text>
          {t('audit.integrity.checkpointsVerified', { n: n(report.checkpointsVerified) })}
        </List.Item>
      </List>
    </Stack>
  );
};

/** The whole log checked as a job: a bar while it runs, then its report. */
const Verify = () => {
  const { t } = useTranslation();
  const api = useApi();
  const n = useNumber();
  const allowed = useCan();
  const [jobId, setJobId] = useState<string | null>(() => sessionStorage.getItem(JOB_KEY));
  const start = useMutation({
    mutationFn: () => answer(api.POST('/api/audit/integrity/verifications')),
    onSuccess: ({ jobId: started }) => {
      sessionStorage.setItem(JOB_KEY, started);
      setJobId(started);
    },
  });
  const job = useQuery({
    queryKey: ['audit', 'verification', jobId],
    queryFn: (): Promise<Verification> =>
      answer(
        api.GET('/api/audit/integrity/verifications/{id}', { params: { path: { id: jobId! } } }),
      ),
    enabled: jobId !== null,
    refetchInterval: (query) => pollInterval(query.state.data),
  });
  const running = jobId !== null && isRunning(job.data) && !job.error;
  const left = job.data && timeLeft(job.data);
  // A check stops at the first break: its bar shows how far it read, in red.
  const stopped = job.data?.report?.ok === false;
  const bar = job.data && (stopped ? job.data.percent : barValue(job.data));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="verify-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="verify-title">
          {t('audit.integrity.title')}
        </Title>
        <Text size="sm">{t('audit.integrity.intro')}</Text>
        {start.error && <ProblemAlert error={start.error} />}
        {/* A job this api no longer knows (restarted) is simply started again. */}
        {job.error && <ProblemAlert error={job.error} />}
        {job.data && (
          <Stack gap={6} data-testid="verification-progress">
            <Group justify="space-between" wrap="wrap">
              <Text fw={600} role="status">
                {t(stopped ? 'audit.integrity.stopped' : STATE_LABELS[job.data.state])}
              </Text>
              <Text size="sm">
                {t('audit.integrity.processed', {
                  processed: n(job.data.processed),
                  total: n(job.data.total),
                })}
              </Text>
            </Group>
            <Progress
              value={bar ?? 0}
              color={job.data.state === 'failed' || stopped ? 'red.9' : 'blue.8'}
              animated={isRunning(job.data)}
              aria-label={t('audit.integrity.progressLabel')}
              size="lg"
            />
            <Text size="sm" c="gray.7">
              {t('audit.integrity.percent', { percent: n(bar ?? 0) })}
              {left && ` · ${t('audit.integrity.left', left)}`}
              {job.data.startedAt &&
                ` · ${t('audit.integrity.startedAt', { at: formatDateTime(job.data.startedAt) })}`}
            </Text>
            {job.data.state === 'failed' && (
              <Alert color="red.9" variant="outline" title={t('audit.integrity.failed')}>
                {t('audit.integrity.failedBody')}
              </Alert>
            )}
            {job.data.report && <Report report={job.data.report} />}
          </Stack>
        )}
        {allowed('verifyLog') && (
          <Group>
            <Button onClick={() => start.mutate()} loading={start.isPending} disabled={running}>
              {t(job.data ? 'audit.integrity.again' : 'audit.integrity.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
};

/** The latest signed checkpoint and the key that verifies it: what an auditor keeps a copy of. */
const Signatures = () => {
  const { t } = useTranslation();
  const api = useApi();
  const n = useNumber();
  const checkpoints = useQuery({
    queryKey: ['audit', 'checkpoints'],
    queryFn: async () =>
      (await answer(api.GET('/api/audit/checkpoints'))) as unknown as {
        items: readonly Checkpoint[];
      },
  });
  const key = useQuery({
    queryKey: ['audit', 'public-key'],
    queryFn: async () => (await answer(api.GET('/api/audit/public-key'))) as unknown as PublicKey,
  });
  const latest = checkpoints.data?.items.at(-1);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="checkpoint-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="checkpoint-title">
          {t('audit.checkpoint.title')}
        </Title>
        <Text size="sm">{t('audit.checkpoint.intro')}</Text>
        {checkpoints.error && <ProblemAlert error={checkpoints.error} />}
        {checkpoints.data &&
          (latest ? (
            <List size="sm" spacing={4} data-testid="latest-checkpoint">
              <List.Item>
                {t('audit.checkpoint.covers', {
                  count: latest.eventCount,
                  n: n(latest.eventCount),
                  position: n(Number(latest.position)),
                  at: formatDateTime(latest.signedAt),
                })}
              </List.Item>
              <List.Item>
                {t('audit.checkpoint.count', { n: n(checkpoints.data.items.length) })}
              </List.Item>
              <List.Item>
                {t('audit.checkpoint.headHash')}
                <Code display="block" mt={4} style={hashStyle}>
                  {latest.headHash}
                </Code>
              </List.Item>
              <List.Item>
                {t('audit.checkpoint.signature')}
                <Code display="block" mt={4} style={hashStyle}>
                  {latest.signature}
                </Code>
              </List.Item>
            </List>
          ) : (
            <Text size="sm" c="gray.7">
              {t('audit.checkpoint.none')}
            </Text>
          ))}
        <Title order={4} size="h5" id="key-title">
          {t('audit.key.title')}
        </Title>
        {key.error && <ProblemAlert error={key.error} />}
        {key.data && (
          <Stack gap={6} data-testid="public-key">
            <Text size="sm">
              {t('audit.key.id', { algorithm: key.data.algorithm, keyId: key.data.keyId })}
            </Text>
            <Code block aria-labelledby="key-title" style={hashStyle}>
              {key.data.publicKey}
            </Code>
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  saveBlob(
                    new Blob([key.data.publicKey], { type: 'application/x-pem-file' }),
                    `hdnd-audit-key-${key.data.keyId}.pem`,
                  )
                }
              >
                {t('audit.key.download')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
};

/** The whole log as a file, to keep or to restore elsewhere. */
const Export = () => {
  const { t } = useTranslation();
  const api = useApi();
  const download = useMutation({
    mutationFn: () =>
      saveAnsweredFile(() => api.GET('/api/audit/export', { parseAs: 'blob' }), 'hdnd-log.ndjson'),
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="export-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="export-title">
          {t('audit.export.title')}
        </Title>
        <Text size="sm">{t('audit.export.intro')}</Text>
        {download.error && <ProblemAlert error={download.error} />}
        {download.isSuccess && (
          <Text size="sm" role="status">
            {t('audit.export.done')}
          </Text>
        )}
        <Group>
          <Button onClick={() => download.mutate()} loading={download.isPending}>
            {t('audit.export.download')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};

/**
 * "Kiểm tra toàn vẹn" (`/audit/integrity`): checks every hash chain, the chain over the log and
 * the signed checkpoints as a job with its progress, says intact or which position broke and
 * how, and gives what an auditor keeps: the latest checkpoint, the public key, the log export.
 */
export const IntegrityPage = () => {
  usePageTitle('menu.audit');
  return (
    <Stack gap="lg" maw={1100}>
      <AuditTabs current="integrity" />
      <Verify />
      <Signatures />
      <Export />
    </Stack>
  );
};
