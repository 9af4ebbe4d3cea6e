import { Anchor, Card, Fieldset, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { DateField } from '../../components/DateField';
import { FormActions, FormErrorSummary, useCommand } from '../../forms';
import { todayInVietnam } from '../../i18n/format';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import { dateValue } from '../delegations/form-values';
import { SupervisorFields, supervisorBody, type Supervisor } from '../delegations/SupervisorFields';
import { COMMITTEE_BODIES, STANDING_COMMITTEE } from '../sources/source-view';

/**
 * "Bắt đầu giám sát": what the Standing Committee or a committee supervises outside a
 * delegation, who, and since when. Once recorded, the reader goes to its page, where its
 * conclusion and what it asks of agencies are recorded.
 */
export const StartCommitteeSupervisionPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.committeeSupervisions');
  const api = useApi();
  const navigate = useNavigate();
  const { session } = useSession();
  const [topic, setTopic] = useState('');
  const [supervisor, setSupervisor] = useState<Supervisor>(STANDING_COMMITTEE);
  const [startedOn, setStartedOn] = useState(todayInVietnam);
  const command = useCommand({
    schema: 'StartCommitteeSupervisionDto',
    send: (body: { topic: string; supervisor: Supervisor; startedOn?: string }, headers) =>
      answer(api.POST('/api/committee-supervisions', { body, headers })),
    invalidates: [['committee-supervisions']],
    onSaved: (result) => void navigate(`/committee-supervisions/${result.id}`),
  });
  if (!can(session?.user.role, 'startCommitteeSupervision'))
    return <Navigate to="/committee-supervisions" replace />;
  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/committee-supervisions" size="sm">
        ← {t('committeeSupervisions.list.title')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('committeeSupervisions.start.title')}</Title>
        <Text c="gray.7">{t('committeeSupervisions.start.intro')}</Text>
      </Stack>
      <Card withBorder padding="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void command.submit({
              topic,
              supervisor: supervisorBody(supervisor),
              ...(dateValue(startedOn) !== undefined && { startedOn }),
            });
          }}
        >
          <Stack gap="md">
            <FormErrorSummary command={command} />
            <Textarea
              label={t('committeeSupervisions.fields.topic')}
              description={t('committeeSupervisions.start.topicHint')}
              autosize
              minRows={2}
              value={topic}
              onChange={(event) => setTopic(event.currentTarget.value)}
              {...command.field('topic')}
            />
            <Fieldset legend={t('delegations.supervisor.legend')}>
              <SupervisorFields
                value={supervisor}
                onChange={setSupervisor}
                command={command}
                bodies={COMMITTEE_BODIES}
              />
            </Fieldset>
            <DateField
              label={t('committeeSupervisions.fields.startedOn')}
              value={startedOn}
              onChange={(date) => setStartedOn(date ?? '')}
              {...command.field('startedOn')}
            />
            <FormActions
              pending={command.pending}
              onCancel={() => void navigate('/committee-supervisions')}
              saveLabel={t('committeeSupervisions.start.submit')}
            />
          </Stack>
        </form>
      </Card>
    </Stack>
  );
};
