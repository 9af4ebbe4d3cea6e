import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSchema } from '../../api/request-rules';
import { DateField } from '../../components/DateField';
import { useCommand, type CommandHeaders } from '../../forms';
import { todayInVietnam } from '../../i18n/format';
import { CommandForm } from '../delegations/CommandForm';
import { dateValue } from '../delegations/form-values';

export interface ConclusionBody {
  conclusion: string;
  concludedOn?: string;
}

/**
 * The conclusion of an explanation session or a committee supervision: its day and what it
 * asks. Recorded once; the items to follow up are issued from it afterwards. No If-Match: the
 * API records one conclusion and refuses a second, so two clerks cannot overwrite each other.
 */
export const SourceConclusionForm = ({
  schema,
  send,
  invalidates,
  onDone,
}: {
  schema: RequestSchema;
  send: (body: ConclusionBody, headers: CommandHeaders) => Promise<{ position: number }>;
  invalidates: string;
  /** Closes the form; with the log position of what it recorded, when it did. */
  onDone: (recorded?: { position: number }) => void;
}) => {
  const { t } = useTranslation();
  const [concludedOn, setConcludedOn] = useState(todayInVietnam);
  const [conclusion, setConclusion] = useState('');
  const command = useCommand({ schema, send, invalidates: [[invalidates]], onSaved: onDone });
  return (
    <CommandForm
      title={t('sources.conclusion.form')}
      command={command}
      onSubmit={() =>
        void command.submit({
          conclusion,
          ...(dateValue(concludedOn) !== undefined && { concludedOn }),
        })
      }
      onCancel={() => onDone()}
      saveLabel={t('sources.conclusion.submit')}
    >
      <DateField
        label={t('sources.conclusion.concludedOn')}
        value={concludedOn}
        onChange={(date) => setConcludedOn(date ?? '')}
        {...command.field('concludedOn')}
      />
      <Textarea
        label={t('sources.conclusion.text')}
        autosize
        minRows={4}
        value={conclusion}
        onChange={(event) => setConclusion(event.currentTarget.value)}
        {...command.field('conclusion')}
      />
    </CommandForm>
  );
};
