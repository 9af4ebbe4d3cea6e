import { Fieldset, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { optionalLabel, useCommand } from '../../forms';
import { CommandForm } from '../delegations/CommandForm';
import { dateValue } from '../delegations/form-values';
import { NO_ONE, PersonFields } from '../delegations/PersonFields';
import type { Person } from '../delegations/delegation-view';
import type { InterpellationView } from './interpellation-view';

interface QuestionBody {
  askedBy: string;
  answeredBy: Person;
  agencyId: string;
  question: string;
  answer: string;
  askedOn?: string;
}

/**
 * "Thêm câu hỏi chất vấn": who asked, who answered (with the position held that day) for which
 * agency, the question and the answer as the meeting's record gives them. The day starts as the
 * session's: questions are put on the day it is held, and the API would otherwise take today.
 */
export const QuestionForm = ({
  session,
  onDone,
}: {
  session: InterpellationView;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [askedBy, setAskedBy] = useState('');
  const [answeredBy, setAnsweredBy] = useState<Person>(NO_ONE);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const [reply, setReply] = useState('');
  const [askedOn, setAskedOn] = useState(session.heldOn);
  const command = useCommand({
    schema: 'RecordQuestionDto',
    send: (body: QuestionBody, headers) =>
      answer(
        api.POST('/api/interpellations/{id}/questions', {
          params: { path: { id: session.id } },
          body,
          headers,
        }),
      ),
    invalidates: [['interpellations']],
    onSaved: onDone,
  });
  const submit = () =>
    void command.submit({
      askedBy,
      answeredBy,
      // Absent when none is chosen: the kit then says the agency is required.
      agencyId: agencyId as string,
      question,
      answer: reply,
      ...(dateValue(askedOn) !== undefined && { askedOn }),
    });
  return (
    <CommandForm
      title={t('interpellations.questions.form')}
      command={command}
      onSubmit={submit}
      onCancel={() => onDone()}
      saveLabel={t('interpellations.questions.submit')}
    >
      <TextInput
        label={t('interpellations.fields.askedBy')}
        description={t('interpellations.questions.askedByHint')}
        value={askedBy}
        onChange={(event) => setAskedBy(event.currentTarget.value)}
        {...command.field('askedBy')}
      />
      <Fieldset legend={t('interpellations.fields.answeredBy')}>
        <PersonFields
          value={answeredBy}
          onChange={setAnsweredBy}
          path="answeredBy"
          command={command}
          nameLabel={t('interpellations.fields.answererName')}
          positionLabel={t('interpellations.fields.answererPosition')}
        />
      </Fieldset>
      <AgencySelect
        label={t('interpellations.fields.agency')}
        clearable
        value={agencyId}
        onChange={setAgencyId}
        {...command.field('agencyId')}
      />
      <Textarea
        label={t('interpellations.fields.question')}
        autosize
        minRows={3}
        value={question}
        onChange={(event) => setQuestion(event.currentTarget.value)}
        {...command.field('question')}
      />
      <Textarea
        label={t('interpellations.fields.answer')}
        description={t('interpellations.questions.answerHint')}
        autosize
        minRows={3}
        value={reply}
        onChange={(event) => setReply(event.currentTarget.value)}
        {...command.field('answer')}
      />
      <DateField
        label={optionalLabel(t, t('interpellations.fields.askedOn'))}
        value={askedOn}
        onChange={(date) => setAskedOn(date ?? '')}
        {...command.field('askedOn')}
      />
    </CommandForm>
  );
};
