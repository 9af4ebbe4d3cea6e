import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { optionalLabel, useCommand } from '../../forms';
import { CommandForm } from '../delegations/CommandForm';
import { dateValue } from '../delegations/form-values';
import { excerpt, type InterpellationView } from './interpellation-view';

interface FollowUpBody {
  addresseeAgencyId: string;
  text: string;
  questionId?: string;
  followsUp?: string;
  responseDueOn: string;
  issuedOn?: string;
}

/**
 * "Thêm nội dung theo dõi": what the council follows up from the session — a commitment made at
 * the rostrum, or what the resolution asks — into the register, with the agency that must act,
 * the question it follows from (none for the resolution as a whole) and by when it reports.
 * A commitment about a case escalated to the session names that case, so the register shows one
 * carrying the other on. Choosing a question or a case proposes its agency as the one to act.
 * No If-Match: the command creates the item's own case, as a delegation's recommendation does.
 */
export const FollowUpForm = ({
  session,
  onDone,
}: {
  session: InterpellationView;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [questionId, setQuestionId] = useState<string | null>(null);
  const [followsUp, setFollowsUp] = useState<string | null>(null);
  const [addresseeId, setAddresseeId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const command = useCommand({
    schema: 'IssueFromInterpellationDto',
    send: (body: FollowUpBody, headers) =>
      answer(
        api.POST('/api/interpellations/{id}/recommendations', {
          params: { path: { id: session.id } },
          body,
          headers,
        }),
      ),
    // The case it carries on shows it in its chain: every case's page is read again.
    invalidates: [['interpellations'], ['recommendations'], ['recommendation']],
    onSaved: onDone,
  });
  const chooseQuestion = (id: string | null) => {
    setQuestionId(id);
    const agency = session.questions.find((question) => question.id === id)?.agency;
    if (agency && addresseeId === null) setAddresseeId(agency.id);
  };
  const chooseCase = (id: string | null) => {
    setFollowsUp(id);
    const agency = session.agenda.find((entry) => entry.recommendationId === id)?.agency;
    if (agency && addresseeId === null) setAddresseeId(agency.id);
  };
  const submit = () =>
    void command.submit({
      // Absent when none is chosen: the kit then says the addressee is required.
      addresseeAgencyId: addresseeId as string,
      text,
      ...(questionId !== null && { questionId }),
      ...(followsUp !== null && { followsUp }),
      responseDueOn: dateValue(dueOn) as string,
      ...(dateValue(issuedOn) !== undefined && { issuedOn }),
    });
  return (
    <CommandForm
      title={t('interpellations.items.form')}
      command={command}
      onSubmit={submit}
      onCancel={() => onDone()}
      saveLabel={t('interpellations.items.submit')}
    >
      <Select
        label={optionalLabel(t, t('interpellations.fields.fromQuestion'))}
        description={t('interpellations.items.questionHint')}
        data={session.questions.map((question, index) => ({
          value: question.id,
          label: t('interpellations.items.questionChoice', {
            n: index + 1,
            question: excerpt(question.question),
          }),
        }))}
        value={questionId}
        onChange={chooseQuestion}
        clearable
        clearButtonProps={{ 'aria-label': t('delegations.clearChoice') }}
        {...command.field('questionId')}
      />
      {session.agenda.length > 0 && (
        <Select
          label={optionalLabel(t, t('interpellations.fields.followsUp'))}
          description={t('interpellations.items.followsUpHint')}
          data={session.agenda.map((entry) => ({
            value: entry.recommendationId,
            label: excerpt(entry.text),
          }))}
          value={followsUp}
          onChange={chooseCase}
          clearable
          clearButtonProps={{ 'aria-label': t('delegations.clearChoice') }}
          {...command.field('followsUp')}
        />
      )}
      <AgencySelect
        label={t('interpellations.fields.addressee')}
        clearable
        value={addresseeId}
        onChange={setAddresseeId}
        {...command.field('addresseeAgencyId')}
      />
      <Textarea
        label={t('interpellations.fields.itemText')}
        description={t('interpellations.items.textHint')}
        autosize
        minRows={3}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        {...command.field('text')}
      />
      <DateField
        label={t('interpellations.fields.responseDueOn')}
        value={dueOn}
        onChange={(date) => setDueOn(date ?? '')}
        {...command.field('responseDueOn')}
      />
      <DateField
        label={optionalLabel(t, t('interpellations.fields.issuedOn'))}
        description={t('interpellations.items.issuedOnHint')}
        value={issuedOn}
        onChange={(date) => setIssuedOn(date ?? '')}
        {...command.field('issuedOn')}
      />
    </CommandForm>
  );
};
