import { Fieldset, Input, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { RepeatedRows } from '../../../forms';
import { CaseForm } from '../CaseForm';
import { todayInVietnam } from '../../../i18n/format';
import type { RecommendationView } from '../recommendation-view';
import { useCaseCommand } from '../useCaseCommand';
import { DateField } from '../../../components/DateField';
import { sendCommand } from './send';

interface Evidence {
  title: string;
  reference: string;
}

/** The agency reports the work done, with the documents that show it. */
export const ReportCompletionForm = ({
  view,
  onDone,
}: {
  view: RecommendationView;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [reportedOn, setReportedOn] = useState(todayInVietnam());
  const [text, setText] = useState('');
  // One document at least: the API takes no completion without evidence.
  const [evidence, setEvidence] = useState<Evidence[]>([{ title: '', reference: '' }]);
  const { command, opened } = useCaseCommand(
    view,
    'ReportCompletionDto',
    sendCommand.reportCompletion(api, view.id),
    onDone,
  );
  const submit = () => void command.submit({ reportedOn, text, evidence });
  const evidenceField = command.field('evidence');
  return (
    <CaseForm command={command} opened={opened} view={view} onSubmit={submit} onCancel={onDone}>
      <DateField
        label={t('recommendation.form.reportedOn')}
        value={reportedOn}
        onChange={(date) => setReportedOn(date ?? '')}
        {...command.field('reportedOn')}
        withAsterisk
      />
      <Textarea
        label={t('recommendation.form.completionText')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        {...command.field('text')}
        withAsterisk
        autosize
        minRows={4}
      />
      <Fieldset legend={t('recommendation.form.evidence')} variant="unstyled" id={evidenceField.id}>
        <RepeatedRows
          rows={evidence}
          onChange={setEvidence}
          empty={() => ({ title: '', reference: '' })}
          rowName={(index) => t('recommendation.form.evidenceRow', { n: index + 1 })}
          row={(row, index, change) => (
            <Stack gap={6}>
              <TextInput
                label={t('recommendation.form.evidenceTitle', { n: index + 1 })}
                value={row.title}
                onChange={(event) => change({ ...row, title: event.currentTarget.value })}
                {...command.field(`evidence.${index}.title`)}
                withAsterisk
              />
              <TextInput
                label={t('recommendation.form.evidenceReference', { n: index + 1 })}
                value={row.reference}
                onChange={(event) => change({ ...row, reference: event.currentTarget.value })}
                {...command.field(`evidence.${index}.reference`)}
                withAsterisk
              />
            </Stack>
          )}
        />
        {evidenceField.error && <Input.Error mt={4}>{evidenceField.error}</Input.Error>}
      </Fieldset>
    </CaseForm>
  );
};
