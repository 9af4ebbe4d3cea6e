import { Anchor, Card, Fieldset, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { FormActions, FormErrorSummary, useCommand } from '../../forms';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { dateValue } from '../delegations/form-values';
import { SupervisorFields, supervisorBody, type Supervisor } from '../delegations/SupervisorFields';
import { COMMITTEE_BODIES, STANDING_COMMITTEE } from '../sources/source-view';

interface Typed {
  issue: string;
  agencyId: string | null;
  heldOn: string;
  supervisor: Supervisor;
}

/**
 * "Ghi nhận phiên giải trình": the issue explained, the agency whose head explained it, the day,
 * and who held it — the Standing Committee or a committee, named. Once recorded, the reader goes
 * to the session's page, where its conclusion and what it asks are recorded.
 */
export const HoldExplanationSessionPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.explanationSessions');
  const api = useApi();
  const navigate = useNavigate();
  const { session } = useSession();
  const [typed, setTyped] = useState<Typed>({
    issue: '',
    agencyId: null,
    heldOn: '',
    supervisor: STANDING_COMMITTEE,
  });
  const command = useCommand({
    schema: 'HoldExplanationSessionDto',
    send: (
      body: { issue: string; agencyId: string; heldOn: string; supervisor: Supervisor },
      headers,
    ) => answer(api.POST('/api/explanation-sessions', { body, headers })),
    invalidates: [['explanation-sessions']],
    onSaved: (result) => void navigate(`/explanation-sessions/${result.id}`),
  });
  if (!can(session?.user.role, 'holdExplanationSession'))
    return <Navigate to="/explanation-sessions" replace />;
  const set =
    <K extends keyof Typed>(key: K) =>
    (value: Typed[K]) =>
      setTyped((old) => ({ ...old, [key]: value }));
  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/explanation-sessions" size="sm">
        ← {t('explanationSessions.list.title')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('explanationSessions.hold.title')}</Title>
        <Text c="gray.7">{t('explanationSessions.hold.intro')}</Text>
      </Stack>
      <Card withBorder padding="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void command.submit({
              issue: typed.issue,
              // Absent when none is chosen: the kit then says the agency is required.
              agencyId: typed.agencyId as string,
              heldOn: dateValue(typed.heldOn) as string,
              supervisor: supervisorBody(typed.supervisor),
            });
          }}
        >
          <Stack gap="md">
            <FormErrorSummary command={command} />
            <Textarea
              label={t('explanationSessions.fields.issue')}
              description={t('explanationSessions.hold.issueHint')}
              autosize
              minRows={2}
              value={typed.issue}
              onChange={(event) => set('issue')(event.currentTarget.value)}
              {...command.field('issue')}
            />
            <AgencySelect
              label={t('explanationSessions.fields.agency')}
              clearable
              value={typed.agencyId}
              onChange={set('agencyId')}
              {...command.field('agencyId')}
            />
            <DateField
              label={t('explanationSessions.fields.heldOn')}
              value={typed.heldOn}
              onChange={(date) => set('heldOn')(date ?? '')}
              {...command.field('heldOn')}
            />
            <Fieldset legend={t('explanationSessions.fields.supervisor')}>
              <SupervisorFields
                value={typed.supervisor}
                onChange={set('supervisor')}
                command={command}
                bodies={COMMITTEE_BODIES}
              />
            </Fieldset>
            <FormActions
              pending={command.pending}
              onCancel={() => void navigate('/explanation-sessions')}
              saveLabel={t('explanationSessions.hold.submit')}
            />
          </Stack>
        </form>
      </Card>
    </Stack>
  );
};
