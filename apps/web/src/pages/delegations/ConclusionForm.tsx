import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { useCommand } from '../../forms';
import { CommandForm } from './CommandForm';
import type { DelegationView } from './delegation-view';
import { todayInVietnam } from '../../i18n/format';
import { dateValue } from './form-values';
import { DateField } from '../../components/DateField';
import { useOpenedCase } from './useOpenedCase';

/**
 * "Kết luận giám sát": the date of the conclusion (or supervision resolution) and its summary.
 * After it the delegation's record is closed to new work.
 */
export const ConclusionForm = ({
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
  const [concludedOn, setConcludedOn] = useState(todayInVietnam);
  const [summary, setSummary] = useState('');
  const command = useCommand({
    schema: 'ConcludeDelegationDto',
    revision: opened.revision,
    send: (body: { concludedOn: string; summary: string }, headers) =>
      answer(
        api.POST('/api/delegations/{id}/conclusion', {
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
      title={t('delegations.conclusion.form')}
      command={command}
      opened={opened}
      onSubmit={() =>
        void command.submit({ concludedOn: dateValue(concludedOn) as string, summary })
      }
      onCancel={() => onDone()}
      saveLabel={t('delegations.conclusion.submit')}
    >
      <DateField
        label={t('delegations.fields.concludedOn')}
        value={concludedOn}
        onChange={(date) => setConcludedOn(date ?? '')}
        {...command.field('concludedOn')}
      />
      <Textarea
        label={t('delegations.fields.summary')}
        autosize
        minRows={4}
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
        {...command.field('summary')}
      />
    </CommandForm>
  );
};
