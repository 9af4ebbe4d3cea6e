import { Anchor, Card, Fieldset, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import {
  FormActions,
  FormErrorSummary,
  RepeatedRows,
  optionalLabel,
  useCommand,
} from '../../forms';
import { useSession } from '../../session/SessionProvider';
import { can } from '../../shell/actions';
import { usePageTitle } from '../../shell/page-title';
import type { Person } from './delegation-view';
import { DateField } from '../../components/DateField';
import { dateValue } from './form-values';
import { NO_ONE, PersonFields } from './PersonFields';
import { SupervisorFields, supervisorBody, type Supervisor } from './SupervisorFields';

interface Typed {
  title: string;
  topic: string;
  number: string;
  issuedOn: string;
  issuedBy: string;
  periodFrom: string;
  periodTo: string;
  chair: Person;
  members: Person[];
  supervisor: Supervisor;
}

const EMPTY: Typed = {
  title: '',
  topic: '',
  number: '',
  issuedOn: '',
  issuedBy: '',
  periodFrom: '',
  periodTo: '',
  chair: NO_ONE,
  members: [],
  // Most delegations are the provincial council's own; the clerk changes it for the others.
  supervisor: { body: 'council', level: 'province' },
};

/** The body of POST /api/delegations from what was typed. */
const bodyOf = (typed: Typed) => ({
  title: typed.title,
  topic: typed.topic,
  legalBasis: {
    number: typed.number,
    issuedOn: dateValue(typed.issuedOn) as string,
    issuedBy: typed.issuedBy,
  },
  periodFrom: dateValue(typed.periodFrom) as string,
  periodTo: dateValue(typed.periodTo) as string,
  chair: typed.chair,
  members: typed.members,
  supervisor: supervisorBody(typed.supervisor),
});

/**
 * "Thành lập đoàn giám sát": a delegation comes into being by a resolution, so the form starts
 * with the resolution (number, date, issuer), then what it supervises, the period, the chair and
 * the members. Once recorded, the reader goes to the new delegation's page.
 */
export const EstablishDelegationPage = () => {
  const { t } = useTranslation();
  usePageTitle('menu.delegations');
  const api = useApi();
  const navigate = useNavigate();
  const { session } = useSession();
  const [typed, setTyped] = useState<Typed>(EMPTY);
  const command = useCommand({
    schema: 'EstablishDelegationDto',
    send: (body: ReturnType<typeof bodyOf>, headers) =>
      answer(api.POST('/api/delegations', { body, headers })),
    invalidates: [['delegations']],
    onSaved: (result) => void navigate(`/delegations/${result.id}`),
  });
  if (!can(session?.user.role, 'establishDelegation'))
    return <Navigate to="/delegations" replace />;
  const set =
    <K extends keyof Typed>(key: K) =>
    (value: Typed[K]) =>
      setTyped((old) => ({ ...old, [key]: value }));
  const text =
    (key: 'title' | 'topic' | 'number' | 'issuedOn' | 'issuedBy' | 'periodFrom' | 'periodTo') =>
    (event: { currentTarget: { value: string } }) =>
      set(key)(event.currentTarget.value);

  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/delegations" size="sm">
        ← {t('delegations.list.title')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('delegations.establish.title')}</Title>
        <Text c="gray.7">{t('delegations.establish.intro')}</Text>
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
            <Fieldset legend={t('delegations.establish.resolution')}>
              <Stack gap="sm">
                <TextInput
                  label={t('delegations.fields.resolutionNumber')}
                  description={t('delegations.establish.numberHint')}
                  value={typed.number}
                  onChange={text('number')}
                  {...command.field('legalBasis.number')}
                />
                <DateField
                  label={t('delegations.fields.resolutionDate')}
                  value={typed.issuedOn}
                  onChange={(date) => set('issuedOn')(date ?? '')}
                  {...command.field('legalBasis.issuedOn')}
                />
                <TextInput
                  label={t('delegations.fields.issuedBy')}
                  value={typed.issuedBy}
                  onChange={text('issuedBy')}
                  {...command.field('legalBasis.issuedBy')}
                />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('delegations.supervisor.legend')}>
              <SupervisorFields
                value={typed.supervisor}
                onChange={set('supervisor')}
                command={command}
              />
            </Fieldset>
            <TextInput
              label={t('delegations.fields.title')}
              value={typed.title}
              onChange={text('title')}
              {...command.field('title')}
            />
            <Textarea
              label={t('delegations.fields.topic')}
              autosize
              minRows={2}
              value={typed.topic}
              onChange={text('topic')}
              {...command.field('topic')}
            />
            <Fieldset legend={t('delegations.establish.period')}>
              <Stack gap="sm">
                <DateField
                  label={t('delegations.fields.periodFrom')}
                  value={typed.periodFrom}
                  onChange={(date) => set('periodFrom')(date ?? '')}
                  {...command.field('periodFrom')}
                />
                <DateField
                  label={t('delegations.fields.periodTo')}
                  value={typed.periodTo}
                  onChange={(date) => set('periodTo')(date ?? '')}
                  {...command.field('periodTo')}
                />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('delegations.fields.chair')}>
              <PersonFields
                value={typed.chair}
                onChange={set('chair')}
                path="chair"
                command={command}
                nameLabel={t('delegations.fields.chairName')}
                positionLabel={optionalLabel(t, t('delegations.fields.chairPosition'))}
              />
            </Fieldset>
            <Fieldset legend={t('delegations.fields.members')}>
              <RepeatedRows
                rows={typed.members}
                onChange={set('members')}
                empty={() => NO_ONE}
                rowName={(index) => t('delegations.fields.memberN', { n: index + 1 })}
                row={(member, index, change) => (
                  <PersonFields
                    value={member}
                    onChange={change}
                    path={`members.${index}`}
                    command={command}
                    nameLabel={t('delegations.fields.memberName', { n: index + 1 })}
                    positionLabel={optionalLabel(
                      t,
                      t('delegations.fields.memberPosition', { n: index + 1 }),
                    )}
                  />
                )}
              />
            </Fieldset>
            <FormActions
              pending={command.pending}
              onCancel={() => void navigate('/delegations')}
              saveLabel={t('delegations.establish.submit')}
            />
          </Stack>
        </form>
      </Card>
    </Stack>
  );
};
