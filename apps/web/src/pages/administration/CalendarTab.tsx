import {
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  SegmentedControl,
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
import { FormActions, FormErrorSummary, useCommand } from '../../forms';
import { formatDate } from '../../i18n/format';
import type { CalendarItem } from './admin-items';
import { DateField } from '../../components/DateField';
import { useLastOpened } from '../../components/use-last-opened';

const CALENDAR = [['calendar']] as const;

const KIND_LABELS = {
  'day-off': 'administration.calendar.dayOff',
  'working-day': 'administration.calendar.workingDay',
} as const;

/** Announces a day off or a make-up working day, with the decision that announced it. */
const AnnounceForm = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [date, setDate] = useState<string | null>(null);
  const [kind, setKind] = useState<'day-off' | 'working-day'>('day-off');
  const [basis, setBasis] = useState('');
  const command = useCommand({
    schema: 'AnnounceAdjustmentDto',
    send: (body: object, headers) =>
      answer(
        api.POST('/api/admin/calendar/adjustments', {
          body: body as Body<'AnnounceAdjustmentDto'>,
          headers,
        }),
      ),
    invalidates: CALENDAR,
    onSaved: () => {
      setDate(null);
      setBasis('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ date: date ?? '', kind, basis });
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="announce-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} id="announce-title">
            {t('administration.calendar.announce')}
          </Title>
          <FormErrorSummary command={command} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="kind-label">
              {t('administration.calendar.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="kind-label"
              value={kind}
              onChange={(value) => setKind(value as typeof kind)}
              data={[
                { value: 'day-off', label: t('administration.calendar.dayOff') },
                { value: 'working-day', label: t('administration.calendar.workingDay') },
              ]}
            />
          </Stack>
          <DateField
            {...command.field('date')}
            label={t('administration.calendar.date')}
            description={t('administration.dateHint')}
            required
            value={date}
            onChange={setDate}
          />
          <TextInput
            {...command.field('basis')}
            label={t('administration.calendar.basis')}
            description={t('administration.calendar.basisHint')}
            required
            value={basis}
            onChange={(event) => setBasis(event.currentTarget.value)}
          />
          <FormActions
            pending={command.pending}
            saveLabel={t('administration.calendar.announce')}
          />
        </Stack>
      </form>
    </Card>
  );
};

/** Withdraws an announcement that no longer holds; the reason is kept in the log. */
const WithdrawForm = ({ day, onDone }: { day: CalendarItem; onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState('');
  const command = useCommand({
    schema: 'WithdrawAdjustmentDto',
    send: (body: object, headers) =>
      answer(
        api.POST('/api/admin/calendar/adjustments/{date}/withdrawal', {
          params: { path: { date: day.date } },
          body: body as Body<'WithdrawAdjustmentDto'>,
          headers,
        }),
      ),
    invalidates: CALENDAR,
    onSaved: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ reason });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
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
          saveLabel={t('administration.calendar.withdraw')}
        />
      </Stack>
    </form>
  );
};

/**
 * The working calendar's announced days: deadlines in working days count with them, so a day
 * off announced here moves every deadline that falls on or after it.
 */
export const CalendarTab = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [withdrawing, setWithdrawing] = useState<CalendarItem | null>(null);
  const titled = useLastOpened(withdrawing);
  const allowed = useCan();
  const days = useQuery({
    queryKey: ['calendar'],
    queryFn: async () => {
      const answered = await answer(api.GET('/api/admin/calendar/adjustments'));
      const items = (answered as unknown as { items: CalendarItem[] }).items;
      // Latest first: the coming year's announcements are what the admin checks.
      return [...items].sort((a, b) => b.date.localeCompare(a.date));
    },
  });
  return (
    <Stack gap="md">
      <Text c="gray.7">{t('administration.calendar.intro')}</Text>
      {allowed('announceCalendarAdjustment') && <AnnounceForm />}
      <Title order={3} size="h4">
        {t('administration.calendar.title')}
      </Title>
      {days.error ? (
        <ProblemAlert error={days.error} onRetry={() => void days.refetch()} />
      ) : !days.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      ) : days.data.length === 0 ? (
        <Text c="gray.7">{t('administration.calendar.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped data-testid="calendar-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('administration.calendar.date')}</Table.Th>
                <Table.Th>{t('administration.calendar.kind')}</Table.Th>
                <Table.Th>{t('administration.calendar.basis')}</Table.Th>
                <Table.Th>{t('administration.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.data.map((day) => (
                <Table.Tr key={day.date}>
                  <Table.Td>{formatDate(day.date)}</Table.Td>
                  <Table.Td>
                    <Badge color={day.kind === 'day-off' ? 'teal.9' : 'indigo.9'} variant="filled">
                      {t(KIND_LABELS[day.kind])}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{day.basis}</Table.Td>
                  <Table.Td>
                    {allowed('withdrawCalendarAdjustment') && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        aria-label={t('administration.calendar.withdrawFor', {
                          date: formatDate(day.date),
                        })}
                        onClick={() => setWithdrawing(day)}
                      >
                        {t('administration.calendar.withdraw')}
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
        opened={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        closeButtonProps={{ 'aria-label': t('forms.close') }}
        title={
          titled ? t('administration.calendar.withdrawFor', { date: formatDate(titled.date) }) : ''
        }
      >
        {withdrawing && <WithdrawForm day={withdrawing} onDone={() => setWithdrawing(null)} />}
      </Modal>
    </Stack>
  );
};
