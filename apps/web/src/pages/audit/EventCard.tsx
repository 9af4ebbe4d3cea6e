import { Anchor, Badge, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EVENT_LABELS, isKnownEvent } from '../../forms/event-labels';
import { formatDateTime } from '../../i18n/format';
import { isRole, ROLE_LABELS } from '../../shell/roles';
import { useNumber } from '../administration/use-number';
import type { AuditEvent } from './audit-items';
import { searchOf, type AuditView } from './audit-query';
import { DataView } from './DataView';

/** The console's page of a case, by its stream's kind. */
const CASE_PAGES: Readonly<Record<string, string>> = {
  recommendation: '/recommendations',
  obstacle: '/obstacles',
  delegation: '/delegations',
  interpellation: '/interpellations',
  agency: '/agencies',
};

const casePage = (streamId: string): string | undefined => {
  const dash = streamId.indexOf('-');
  const page = CASE_PAGES[streamId.slice(0, dash)];
  return page && `${page}/${encodeURIComponent(streamId.slice(dash + 1))}`;
};

const filtered = (view: AuditView) => `/audit?${searchOf(view).toString()}`;

const hashStyle: CSSProperties = { overflowWrap: 'anywhere', fontSize: '0.8rem' };

const list: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
  columnGap: '0.75rem',
  rowGap: '0.25rem',
  margin: 0,
};

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div style={{ display: 'contents' }}>
    <dt style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' }}>{label}</dt>
    <dd style={{ margin: 0, fontSize: 'var(--mantine-font-size-sm)', minWidth: 0 }}>{children}</dd>
  </div>
);

/**
 * One event of the log as an auditor reads it: where it sits (position, stream, revision), what
 * it is, when it was recorded, its data as labelled fields, who did it under which command and
 * basis, and the hashes that vouch for it. The stream and the correlation id are links that
 * narrow the log to that case, or to everything that one request did.
 */
export const EventCard = ({ event }: { event: AuditEvent }) => {
  const { t } = useTranslation();
  const formatNumber = useNumber();
  const { metadata: m } = event;
  const page = casePage(event.streamId);
  return (
    <Card withBorder padding="md" component="li" data-testid="audit-event">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm" align="baseline">
            <Badge variant="outline" color="blue.9" size="lg" radius="sm">
              {t('audit.event.position', { position: formatNumber(event.position) })}
            </Badge>
            <Title order={3} size="h4">
              {isKnownEvent(event.type) ? t(EVENT_LABELS[event.type]) : event.type}
            </Title>
            <Text size="sm" c="gray.7" ff="monospace">
              {event.type}
            </Text>
          </Group>
          <Text size="sm">{t('audit.event.recordedAt', { at: formatDateTime(m.recordedAt) })}</Text>
        </Group>
        <Text size="sm">
          {t('audit.event.stream')}{' '}
          <Anchor
            component={Link}
            size="sm"
            to={filtered({ stream: event.streamId })}
            ff="monospace"
            aria-label={t('audit.event.filterStream', { stream: event.streamId })}
          >
            {event.streamId}
          </Anchor>{' '}
          · {t('audit.event.revision', { revision: formatNumber(event.revision) })}
          {page && (
            <>
              {' · '}
              <Anchor component={Link} size="sm" to={page}>
                {t('audit.event.openCase')}
              </Anchor>
            </>
          )}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap={4} component="section" aria-label={t('audit.event.data')}>
            <Text fw={700} size="sm" c="gray.8">
              {t('audit.event.data')}
            </Text>
            <DataView data={event.data} />
          </Stack>
          <Stack gap={4} component="section" aria-label={t('audit.event.metadata')}>
            <Text fw={700} size="sm" c="gray.8">
              {t('audit.event.metadata')}
            </Text>
            <dl style={list}>
              <Field label={t('audit.event.actor')}>
                <Anchor
                  component={Link}
                  size="sm"
                  to={filtered({ actor: m.actor.username })}
                  aria-label={t('audit.event.filterActor', { actor: m.actor.username })}
                >
                  {m.actor.username}
                </Anchor>
              </Field>
              <Field label={t('audit.event.role')}>
                {isRole(m.actor.role)
                  ? t(ROLE_LABELS[m.actor.role])
                  : m.actor.role === 'system'
                    ? t('audit.event.system')
                    : m.actor.role}
              </Field>
              <Field label={t('audit.event.command')}>
                <Anchor
                  component={Link}
                  size="sm"
                  to={filtered({ command: m.command })}
                  ff="monospace"
                  aria-label={t('audit.event.filterCommand', { command: m.command })}
                >
                  {m.command}
                </Anchor>
              </Field>
              <Field label={t('audit.event.legalBasis')}>
                {m.legalBasis ?? (
                  <Text span size="sm" c="gray.7">
                    {t('audit.data.empty')}
                  </Text>
                )}
              </Field>
              <Field label={t('audit.event.correlation')}>
                <Anchor
                  component={Link}
                  to={filtered({ correlationId: m.correlationId })}
                  ff="monospace"
                  style={hashStyle}
                  aria-label={t('audit.event.filterCorrelation', { id: m.correlationId })}
                  data-testid="correlation-link"
                >
                  {m.correlationId}
                </Anchor>
              </Field>
              <Field label={t('audit.event.causation')}>
                <Text span ff="monospace" style={hashStyle}>
                  {m.causationId}
                </Text>
              </Field>
              <Field label={t('audit.event.recordedAtLabel')}>{formatDateTime(m.recordedAt)}</Field>
              <Field label={t('audit.event.hash')}>
                <Code style={hashStyle}>{event.hash}</Code>
              </Field>
              {event.logHash && (
                <Field label={t('audit.event.logHash')}>
                  <Code style={hashStyle}>{event.logHash}</Code>
                </Field>
              )}
            </dl>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Card>
  );
};
