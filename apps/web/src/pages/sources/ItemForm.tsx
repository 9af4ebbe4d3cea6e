import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSchema } from '../../api/request-rules';
import { AgencySelect } from '../../components/AgencySelect';
import { DateField } from '../../components/DateField';
import { optionalLabel, useCommand, type CommandHeaders } from '../../forms';
import { CommandForm } from '../delegations/CommandForm';
import { dateValue } from '../delegations/form-values';
import type { AgendaCase } from './source-view';

export interface ItemBody {
  addresseeAgencyId: string;
  text: string;
  responseDueOn: string;
  issuedOn?: string;
  followsUp?: string;
}

/**
 * One thing a conclusion asks, into the register: the agency that must act, what, by when it
 * reports. From an explanation session it may carry on a case on the session's agenda. No
 * If-Match: the command creates the item's own case (as a delegation's recommendation does);
 * the Idempotency-Key still makes a double click issue it once.
 */
export const ItemForm = ({
  schema,
  send,
  agenda = [],
  onDone,
}: {
  schema: RequestSchema;
  send: (body: ItemBody, headers: CommandHeaders) => Promise<{ position: number }>;
  /** The cases escalated to the session, one of which the item may carry on. */
  agenda?: readonly AgendaCase[];
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const [addresseeId, setAddresseeId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [followsUp, setFollowsUp] = useState<string | null>(null);
  const command = useCommand({
    schema,
    send,
    // The source's page lists the item; the register and the dashboard count it.
    invalidates: [['explanation-sessions'], ['committee-supervisions'], ['recommendations']],
    onSaved: onDone,
  });
  const submit = () =>
    void command.submit({
      // Absent when none is chosen: the kit then says the agency is required.
      addresseeAgencyId: addresseeId as string,
      text,
      responseDueOn: dateValue(dueOn) as string,
      ...(dateValue(issuedOn) !== undefined && { issuedOn }),
      ...(followsUp !== null && { followsUp }),
    });
  return (
    <CommandForm
      title={t('sources.items.form')}
      command={command}
      onSubmit={submit}
      onCancel={() => onDone()}
      saveLabel={t('sources.items.submit')}
    >
      <AgencySelect
        label={t('sources.items.addressee')}
        clearable
        value={addresseeId}
        onChange={setAddresseeId}
        {...command.field('addresseeAgencyId')}
      />
      <Textarea
        label={t('sources.items.text')}
        autosize
        minRows={3}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        {...command.field('text')}
      />
      {agenda.length > 0 && (
        <Select
          label={optionalLabel(t, t('sources.items.followsUp'))}
          description={t('sources.items.followsUpHint')}
          data={agenda.map((entry) => ({ value: entry.recommendationId, label: entry.text }))}
          value={followsUp}
          onChange={setFollowsUp}
          clearable
          {...command.field('followsUp')}
        />
      )}
      <DateField
        label={t('sources.items.responseDueOn')}
        value={dueOn}
        onChange={(date) => setDueOn(date ?? '')}
        {...command.field('responseDueOn')}
      />
      <DateField
        label={optionalLabel(t, t('sources.items.issuedOn'))}
        description={t('sources.items.issuedOnHint')}
        value={issuedOn}
        onChange={(date) => setIssuedOn(date ?? '')}
        {...command.field('issuedOn')}
      />
    </CommandForm>
  );
};
