import { Fieldset, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { DateField } from '../../components/DateField';
import { useCommand } from '../../forms';
import { CommandForm } from '../delegations/CommandForm';
import { dateValue } from '../delegations/form-values';
import { SupervisorFields, supervisorBody, type Supervisor } from '../delegations/SupervisorFields';

interface Typed {
  title: string;
  meeting: string;
  forwardedOn: string;
  answerDueOn: string;
  supervisor: Supervisor;
}

const EMPTY: Typed = {
  title: '',
  meeting: '',
  forwardedOn: '',
  answerDueOn: '',
  // The Standing Committee forwards the voters' petitions and watches the answers (the API's
  // default too); a commune's council or a committee is chosen here when it is theirs.
  supervisor: { body: 'standing-committee', level: 'province' },
};

const bodyOf = (typed: Typed) => ({
  title: typed.title,
  meeting: typed.meeting,
  forwardedOn: dateValue(typed.forwardedOn) as string,
  answerDueOn: dateValue(typed.answerDueOn) as string,
  supervisor: supervisorBody(typed.supervisor),
});

/**
 * "Mở đợt kiến nghị cử tri": the round as the Standing Committee's letter forwarding the
 * petitions names it. Its petitions are added on its page, where the clerk goes once it is open.
 */
export const OpenRoundForm = ({ onCancel }: { onCancel: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [typed, setTyped] = useState<Typed>(EMPTY);
  const set =
    <K extends keyof Typed>(key: K) =>
    (value: Typed[K]) =>
      setTyped((old) => ({ ...old, [key]: value }));
  const command = useCommand({
    schema: 'OpenPetitionRoundDto',
    send: (body: ReturnType<typeof bodyOf>, headers) =>
      answer(api.POST('/api/petition-rounds', { body, headers })),
    invalidates: [['petition-rounds']],
    onSaved: (result) => void navigate(`/petition-rounds/${result.id}`),
  });
  return (
    <CommandForm
      title={t('petitions.open.title')}
      command={command}
      onSubmit={() => void command.submit(bodyOf(typed))}
      onCancel={onCancel}
      saveLabel={t('petitions.open.submit')}
    >
      <TextInput
        label={t('petitions.fields.title')}
        description={t('petitions.open.titleHint')}
        value={typed.title}
        onChange={(event) => set('title')(event.currentTarget.value)}
        {...command.field('title')}
      />
      <TextInput
        label={t('petitions.fields.meeting')}
        description={t('petitions.open.meetingHint')}
        value={typed.meeting}
        onChange={(event) => set('meeting')(event.currentTarget.value)}
        {...command.field('meeting')}
      />
      <DateField
        label={t('petitions.fields.forwardedOn')}
        description={t('petitions.open.forwardedOnHint')}
        value={typed.forwardedOn}
        onChange={(date) => set('forwardedOn')(date ?? '')}
        {...command.field('forwardedOn')}
      />
      <DateField
        label={t('petitions.fields.answerDueOn')}
        description={t('petitions.open.answerDueOnHint')}
        value={typed.answerDueOn}
        onChange={(date) => set('answerDueOn')(date ?? '')}
        {...command.field('answerDueOn')}
      />
      <Fieldset legend={t('delegations.supervisor.legend')}>
        <SupervisorFields value={typed.supervisor} onChange={set('supervisor')} command={command} />
      </Fieldset>
    </CommandForm>
  );
};
