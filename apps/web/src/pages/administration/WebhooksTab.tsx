import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import type { Body } from './body';
import { useCan } from './use-can';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FormActions, FormErrorSummary, optionalLabel, useCommand } from '../../forms';
import { formatDate, formatDateTime } from '../../i18n/format';
import { AgencySelect } from '../../components/AgencySelect';
import { AgencyName } from './AgencyName';
import type { WebhookFailure, WebhookItem } from './admin-items';
import { useNumber } from './use-number';
import { useLastOpened } from '../../components/use-last-opened';

const WEBHOOKS = [['webhooks']] as const;

/** What a webhook can be told of (the API's WEBHOOK_EVENT_TYPES), in the reader's words. */
const EVENT_TYPE_LABELS = {
  RecommendationIssued: 'administration.webhooks.events.RecommendationIssued',
  ReminderIssued: 'administration.webhooks.events.ReminderIssued',
  DeadlineMissed: 'administration.webhooks.events.DeadlineMissed',
  ResponseAssessed: 'administration.webhooks.events.ResponseAssessed',
} as const;
type EventType = keyof typeof EVENT_TYPE_LABELS;
const EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];
const eventLabel = (type: string) =>
  type in EVENT_TYPE_LABELS ? EVENT_TYPE_LABELS[type as EventType] : undefined;

/**
 * Registers an endpoint. The signing secret is answered once, here: it is shown until the admin
 * closes it, and never again.
 */
const RegisterForm = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([...EVENT_TYPES]);
  const [agencyId, setAgencyId] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const command = useCommand({
    schema: 'RegisterWebhookDto',
    send: (body: object, headers) =>
      answer(api.POST('/api/webhooks', { body: body as Body<'RegisterWebhookDto'>, headers })),
    invalidates: WEBHOOKS,
    onSaved: (result) => {
      setSecret((result as { secret?: string }).secret ?? null);
      setUrl('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSecret(null);
    void command.submit({ url, eventTypes, ...(agencyId !== '' && { agencyId }) });
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="register-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} id="register-title">
            {t('administration.webhooks.register')}
          </Title>
          <FormErrorSummary command={command} />
          {secret && (
            <Alert
              color="teal.9"
              variant="outline"
              title={t('administration.webhooks.secretTitle')}
            >
              <Stack gap={4}>
                <Text size="sm">{t('administration.webhooks.secretBody')}</Text>
                <Code data-testid="webhook-secret">{secret}</Code>
              </Stack>
            </Alert>
          )}
          <TextInput
            {...command.field('url')}
            label={t('administration.webhooks.url')}
            description={t('administration.webhooks.urlHint')}
            required
            type="url"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
          />
          <Checkbox.Group
            {...command.field('eventTypes')}
            label={t('administration.webhooks.eventTypes')}
            required
            value={eventTypes}
            onChange={setEventTypes}
          >
            <Stack gap={6} mt={6}>
              {EVENT_TYPES.map((type) => (
                <Checkbox key={type} value={type} label={t(EVENT_TYPE_LABELS[type])} />
              ))}
            </Stack>
          </Checkbox.Group>
          <AgencySelect
            {...command.field('agencyId')}
            label={optionalLabel(t, t('administration.webhooks.agency'))}
            clearable
            value={agencyId || null}
            onChange={(id) => setAgencyId(id ?? '')}
          />
          <Text size="sm" c="gray.7">
            {t('administration.webhooks.agencyHint')}
          </Text>
          <FormActions
            pending={command.pending}
            saveLabel={t('administration.webhooks.register')}
          />
        </Stack>
      </form>
    </Card>
  );
};

/** Stops deliveries to an endpoint; the reason is kept in the log. */
const DisableForm = ({ webhook, onDone }: { webhook: WebhookItem; onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState('');
  const command = useCommand({
    schema: 'DisableWebhookDto',
    send: (body: object, headers) =>
      answer(
        api.POST('/api/webhooks/{id}/disable', {
          params: { path: { id: webhook.webhookId } },
          body: body as Body<'DisableWebhookDto'>,
          headers,
        }),
      ),
    invalidates: WEBHOOKS,
    onSaved: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ reason });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {webhook.url}
        </Text>
        <FormErrorSummary command={command} />
        <Textarea
          {...command.field('reason')}
          label={t('administration.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <FormActions
          pending={command.pending}
          onCancel={onDone}
          saveLabel={t('administration.webhooks.disable')}
        />
      </Stack>
    </form>
  );
};

/** The deliveries an endpoint never received after every retry, each with its reason. */
const Failures = ({ webhook }: { webhook: WebhookItem }) => {
  const { t } = useTranslation();
  const api = useApi();
  const failures = useQuery({
    queryKey: ['webhooks', webhook.webhookId, 'failures'],
    queryFn: async () => {
      const answered = await answer(
        api.GET('/api/webhooks/{id}/failures', { params: { path: { id: webhook.webhookId } } }),
      );
      return (answered as unknown as { items: WebhookFailure[] }).items;
    },
  });
  if (failures.error) return <ProblemAlert error={failures.error} />;
  if (!failures.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (failures.data.length === 0)
    return <Text c="gray.7">{t('administration.webhooks.noFailures')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('administration.webhooks.failedAt')}</Table.Th>
            <Table.Th>{t('administration.webhooks.eventType')}</Table.Th>
            <Table.Th>{t('administration.webhooks.attempts')}</Table.Th>
            <Table.Th>{t('administration.webhooks.failureReason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {failures.data.map((failure) => {
            const label = eventLabel(failure.eventType);
            return (
              <Table.Tr key={failure.eventId}>
                <Table.Td>{formatDateTime(failure.failedAt)}</Table.Td>
                <Table.Td>{label ? t(label) : failure.eventType}</Table.Td>
                <Table.Td>{failure.attempts}</Table.Td>
                <Table.Td>{failure.reason}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

/** Which dialog is open, for which webhook. */
type Open = { form: 'disable' | 'failures'; webhook: WebhookItem } | null;

/** The endpoints told of what concerns an agency, and whether deliveries to them failed. */
export const WebhooksTab = () => {
  const { t } = useTranslation();
  const api = useApi();
  const formatNumber = useNumber();
  const [open, setOpen] = useState<Open>(null);
  const titled = useLastOpened(open);
  const allowed = useCan();
  const webhooks = useQuery({
    queryKey: ['webhooks'],
    queryFn: async () => {
      const answered = await answer(api.GET('/api/webhooks'));
      return (answered as unknown as { items: WebhookItem[] }).items;
    },
  });
  return (
    <Stack gap="md">
      <Text c="gray.7">{t('administration.webhooks.intro')}</Text>
      {allowed('registerWebhook') && <RegisterForm />}
      <Title order={3} size="h4">
        {t('administration.webhooks.title')}
      </Title>
      {webhooks.error ? (
        <ProblemAlert error={webhooks.error} onRetry={() => void webhooks.refetch()} />
      ) : !webhooks.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : webhooks.data.length === 0 ? (
        <Text c="gray.7">{t('administration.webhooks.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="webhooks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('administration.webhooks.url')}</Table.Th>
                <Table.Th>{t('administration.webhooks.agency')}</Table.Th>
                <Table.Th>{t('administration.webhooks.registeredOn')}</Table.Th>
                <Table.Th>{t('administration.webhooks.status')}</Table.Th>
                <Table.Th>{t('administration.webhooks.failures')}</Table.Th>
                <Table.Th>{t('administration.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {webhooks.data.map((webhook) => (
                <Table.Tr key={webhook.webhookId}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{webhook.url}</Table.Td>
                  <Table.Td>
                    {webhook.agencyId ? (
                      <AgencyName agencyId={webhook.agencyId} />
                    ) : (
                      t('administration.webhooks.allAgencies')
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(webhook.registeredOn)}</Table.Td>
                  <Table.Td>
                    <Badge
                      // White on Mantine's darkest green is 4.2:1; on its darkest teal 4.8:1 (WCAG AA).
                      color={webhook.status === 'active' ? 'teal.9' : 'gray.7'}
                      variant="filled"
                    >
                      {webhook.status === 'active'
                        ? t('administration.webhooks.active')
                        : t('administration.webhooks.disabled')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={t('administration.webhooks.failuresFor', {
                        n: formatNumber(webhook.failures),
                        url: webhook.url,
                      })}
                      onClick={() => setOpen({ form: 'failures', webhook })}
                    >
                      {formatNumber(webhook.failures)}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    {webhook.status === 'active' && allowed('disableWebhook') && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        aria-label={t('administration.webhooks.disableFor', { url: webhook.url })}
                        onClick={() => setOpen({ form: 'disable', webhook })}
                      >
                        {t('administration.webhooks.disable')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="lg"
        closeButtonProps={{ 'aria-label': t('forms.close') }}
        title={
          titled?.form === 'disable'
            ? t('administration.webhooks.disable')
            : titled?.form === 'failures'
              ? t('administration.webhooks.failuresTitle')
              : ''
        }
      >
        {open?.form === 'disable' && (
          <DisableForm webhook={open.webhook} onDone={() => setOpen(null)} />
        )}
        {open?.form === 'failures' && <Failures webhook={open.webhook} />}
      </Modal>
    </Stack>
  );
};
