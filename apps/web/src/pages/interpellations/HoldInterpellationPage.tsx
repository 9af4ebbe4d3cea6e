import { Anchor, Card, Fieldset, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { DateField } from '../../components/DateField';
import { FormActions, FormErrorSummary, useCommand } from '../../forms';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { dateValue } from '../delegations/form-values';
import { SupervisorFields, supervisorBody, type Supervisor } from '../delegations/SupervisorFields';

interface Typed {
  title: string;
  meeting: string;
  heldOn: string;
  supervisor: Supervisor;
}

const EMPTY: Typed = {
  title: '',
  meeting: '',
  heldOn: '',
  // Interpellation is the provincial council's at its meetings; the clerk changes it otherwise
  // (the Standing Committee questions between meetings, a commune's council at its own).
  supervisor: { body: 'council', level: 'province' },
};

/** The body of POST /api/interpellations from what was typed. */
const bodyOf = (typed: Typed) => ({
  title: typed.title,
  meeting: typed.meeting,
  heldOn: dateValue(typed.heldOn) as string,
  supervisor: supervisorBody(typed.supervisor),
});

/**
 * "Ghi nhận phiên chất vấn": the session as the meeting's record names it — its title, the
 * meeting, the day, and who held it. Its questions, resolution and items follow on its page,
 * where the clerk goes once it is recorded.
 */
export const HoldInterpellationPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.interpellations');
  const api = useApi();
  const navigate = useNavigate();
  const { session } = useSession();
  const [typed, setTyped] = useState<Typed>(EMPTY);
  const command = useCommand({
    schema: 'HoldInterpellationDto',
    send: (body: ReturnType<typeof bodyOf>, headers) =>
      answer(api.POST('/api/interpellations', { body, headers })),
    invalidates: [['interpellations']],
    onSaved: (result) => void navigate(`/interpellations/${result.id}`),
  });
  if (!can(session?.user.role, 'holdInterpellation'))
    return <Navigate to="/interpellations" replace />;
  const set =
    <K extends keyof Typed>(key: K) =>
    (value: Typed[K]) =>
      setTyped((old) => ({ ...old, [key]: value }));

  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/interpellations" size="sm">
        ← {t('interpellations.list.title')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('interpellations.hold.title')}</Title>
        <Text c="gray.7">{t('interpellations.hold.intro')}</Text>
      </Stack>
      <Card withBorder padding="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void command.submit(bodyOf(typed));
          }}
        >
          <Stack gap="md">
            <FormErrorSummary command={command} />
            <TextInput
              label={t('interpellations.fields.title')}
              description={t('interpellations.hold.titleHint')}
              value={typed.title}
              onChange={(event) => set('title')(event.currentTarget.value)}
              {...command.field('title')}
            />
            <TextInput
              label={t('interpellations.fields.meeting')}
              description={t('interpellations.hold.meetingHint')}
              value={typed.meeting}
              onChange={(event) => set('meeting')(event.currentTarget.value)}
              {...command.field('meeting')}
            />
            <DateField
              label={t('interpellations.fields.heldOn')}
              value={typed.heldOn}
              onChange={(date) => set('heldOn')(date ?? '')}
              {...command.field('heldOn')}
            />
            <Fieldset legend={t('delegations.supervisor.legend')}>
              <SupervisorFields
                value={typed.supervisor}
                onChange={set('supervisor')}
                command={command}
              />
            </Fieldset>
            <FormActions
              pending={command.pending}
              onCancel={() => void navigate('/interpellations')}
              saveLabel={t('interpellations.hold.submit')}
            />
          </Stack>
        </form>
      </Card>
    </Stack>
  );
};
