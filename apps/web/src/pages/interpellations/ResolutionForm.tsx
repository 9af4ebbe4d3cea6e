import { TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { DateField } from '../../components/DateField';
import { useCommand } from '../../forms';
import { CommandForm } from '../delegations/CommandForm';
import { dateValue } from '../delegations/form-values';
import type { InterpellationView, LegalBasis } from './interpellation-view';

/**
 * "Ghi nhận nghị quyết": the resolution on interpellation and answers to it, by its number, date
 * and issuing body, and what it requires of the agencies.
 */
export const ResolutionForm = ({
  session,
  onDone,
}: {
  session: InterpellationView;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [issuedBy, setIssuedBy] = useState('');
  const [summary, setSummary] = useState('');
  const command = useCommand({
    schema: 'AdoptInterpellationResolutionDto',
    send: (body: { legalBasis: LegalBasis; summary: string }, headers) =>
      answer(
        api.POST('/api/interpellations/{id}/resolution', {
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
      legalBasis: { number, issuedOn: dateValue(issuedOn) as string, issuedBy },
      summary,
    });
  return (
    <CommandForm
      title={t('interpellations.resolution.form')}
      command={command}
      onSubmit={submit}
      onCancel={() => onDone()}
      saveLabel={t('interpellations.resolution.submit')}
    >
      <TextInput
        label={t('interpellations.fields.resolutionNumber')}
        description={t('interpellations.resolution.numberHint')}
        value={number}
        onChange={(event) => setNumber(event.currentTarget.value)}
        {...command.field('legalBasis.number')}
      />
      <DateField
        label={t('interpellations.fields.resolutionDate')}
        value={issuedOn}
        onChange={(date) => setIssuedOn(date ?? '')}
        {...command.field('legalBasis.issuedOn')}
      />
      <TextInput
        label={t('interpellations.fields.issuedBy')}
        value={issuedBy}
        onChange={(event) => setIssuedBy(event.currentTarget.value)}
        {...command.field('legalBasis.issuedBy')}
      />
      <Textarea
        label={t('interpellations.fields.resolutionSummary')}
        autosize
        minRows={3}
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
        {...command.field('summary')}
      />
    </CommandForm>
  );
};
