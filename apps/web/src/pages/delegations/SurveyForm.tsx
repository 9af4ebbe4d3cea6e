import { Fieldset, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { optionalLabel, useCommand } from '../../forms';
import { AgenciesSelect } from '../../components/AgenciesSelect';
import { CommandForm } from './CommandForm';
import type { DelegationView, Person } from './delegation-view';
import { dateValue, filledRows } from './form-values';
import { NO_ONE, PersonFields } from './PersonFields';
import { TextRows } from './TextRows';
import { DateField } from '../../components/DateField';
import { useOpenedCase } from './useOpenedCase';

interface SurveyBody {
  workingGroupId?: string;
  date: string;
  agencyIds: string[];
  topics: string[];
  chair: Person;
  participants: string[];
  notes: string;
}

/**
 * "Ghi nhận khảo sát": a dated visit by a working group to one or more units, the topics
 * raised, who chaired and who took part, and what came of it.
 */
export const SurveyForm = ({
  delegation,
  onDone,
}: {
  delegation: DelegationView;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const opened = useOpenedCase(delegation);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [topics, setTopics] = useState<string[]>(['']);
  const [chair, setChair] = useState<Person>(NO_ONE);
  const [participants, setParticipants] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const command = useCommand({
    schema: 'RecordSurveyDto',
    revision: opened.revision,
    send: (body: SurveyBody, headers) =>
      answer(
        api.POST('/api/delegations/{id}/surveys', {
          params: { path: { id: delegation.id } },
          body,
          headers,
        }),
      ),
    invalidates: [['delegations']],
    onSaved: onDone,
  });
  opened.follow(command.conflict);
  const submit = () =>
    void command.submit({
      ...(groupId !== null && { workingGroupId: groupId }),
      date: dateValue(date) as string,
      agencyIds,
      topics: filledRows(topics),
      chair,
      participants: filledRows(participants),
      notes,
    });
  return (
    <CommandForm
      title={t('delegations.surveys.form')}
      command={command}
      opened={opened}
      onSubmit={submit}
      onCancel={() => onDone()}
      saveLabel={t('delegations.surveys.submit')}
    >
      {delegation.workingGroups.length > 0 && (
        <Select
          label={optionalLabel(t, t('delegations.fields.workingGroup'))}
          data={delegation.workingGroups.map((group) => ({
            value: group.id,
            label: t('delegations.workingGroups.name', { number: group.number }),
          }))}
          value={groupId}
          onChange={setGroupId}
          clearable
          clearButtonProps={{ 'aria-label': t('delegations.clearChoice') }}
          maw={360}
          {...command.field('workingGroupId')}
        />
      )}
      <DateField
        label={t('delegations.fields.surveyDate')}
        value={date}
        onChange={(date) => setDate(date ?? '')}
        {...command.field('date')}
      />
      <AgenciesSelect
        label={t('delegations.fields.surveyedUnits')}
        value={agencyIds}
        onChange={setAgencyIds}
        {...command.field('agencyIds')}
      />
      <Fieldset legend={t('delegations.fields.topics')}>
        <TextRows
          rows={topics}
          onChange={setTopics}
          path="topics"
          command={command}
          rowLabel={(n) => t('delegations.fields.topicN', { n })}
        />
      </Fieldset>
      <Fieldset legend={t('delegations.fields.surveyChair')}>
        <PersonFields
          value={chair}
          onChange={setChair}
          path="chair"
          command={command}
          nameLabel={t('delegations.fields.chairName')}
          positionLabel={optionalLabel(t, t('delegations.fields.chairPosition'))}
        />
      </Fieldset>
      <Fieldset legend={t('delegations.fields.participants')}>
        <TextRows
          rows={participants}
          onChange={setParticipants}
          path="participants"
          command={command}
          rowLabel={(n) => t('delegations.fields.participantN', { n })}
        />
      </Fieldset>
      <Textarea
        label={optionalLabel(t, t('delegations.fields.notes'))}
        autosize
        minRows={2}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        {...command.field('notes')}
      />
    </CommandForm>
  );
};
