import { Fieldset, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { RepeatedRows, optionalLabel, useCommand } from '../../forms';
import { CommandForm } from './CommandForm';
import type { DelegationView, Person } from './delegation-view';
import { NO_ONE, PersonFields } from './PersonFields';
import { useOpenedCase } from './useOpenedCase';

/** "Thành lập đoàn công tác": the group's number, its leader and members. */
export const WorkingGroupForm = ({
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
  const [number, setNumber] = useState('');
  const [leader, setLeader] = useState<Person>(NO_ONE);
  const [members, setMembers] = useState<Person[]>([]);
  const command = useCommand({
    schema: 'FormWorkingGroupDto',
    revision: opened.revision,
    send: (body: { number: string; leader: Person; members: Person[] }, headers) =>
      answer(
        api.POST('/api/delegations/{id}/working-groups', {
          params: { path: { id: delegation.id } },
          body,
          headers,
        }),
      ),
    invalidates: [['delegations']],
    onSaved: onDone,
  });
  opened.follow(command.conflict);
  return (
    <CommandForm
      title={t('delegations.workingGroups.form')}
      command={command}
      opened={opened}
      onSubmit={() => void command.submit({ number, leader, members })}
      onCancel={() => onDone()}
      saveLabel={t('delegations.workingGroups.submit')}
    >
      <TextInput
        label={t('delegations.fields.groupNumber')}
        description={t('delegations.workingGroups.numberHint')}
        value={number}
        onChange={(event) => setNumber(event.currentTarget.value)}
        maw={240}
        {...command.field('number')}
      />
      <Fieldset legend={t('delegations.fields.leader')}>
        <PersonFields
          value={leader}
          onChange={setLeader}
          path="leader"
          command={command}
          nameLabel={t('delegations.fields.leaderName')}
          positionLabel={optionalLabel(t, t('delegations.fields.leaderPosition'))}
        />
      </Fieldset>
      <Fieldset legend={t('delegations.fields.members')}>
        <RepeatedRows
          rows={members}
          onChange={setMembers}
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
    </CommandForm>
  );
};
