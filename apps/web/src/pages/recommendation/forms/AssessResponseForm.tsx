import { Group, Radio, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { optionalLabel } from '../../../forms';
import { CaseForm } from '../CaseForm';
import { todayInVietnam } from '../../../i18n/format';
import type { RecommendationView } from '../recommendation-view';
import { useCaseCommand } from '../useCaseCommand';
import { DateField } from '../../../components/DateField';
import { sendCommand } from './send';

type Verdict = 'satisfactory' | 'unsatisfactory';

/** The secretariat's assessment of the latest response; unsatisfactory asks for a new one. */
export const AssessResponseForm = ({
  view,
  onDone,
}: {
  view: RecommendationView;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const responseId = view.responses.at(-1)?.id ?? '';
  const [assessedOn, setAssessedOn] = useState(todayInVietnam());
  // No verdict is chosen for the clerk: a judgement is never recorded by default.
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [note, setNote] = useState('');
  const [newResponseDueOn, setNewResponseDueOn] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const { command, opened } = useCaseCommand(
    view,
    'AssessResponseDto',
    sendCommand.assessResponse(api, view.id, responseId),
    onDone,
  );
  const unsatisfactory = verdict === 'unsatisfactory';
  const submit = () => {
    const missing = unsatisfactory && note.trim() === '';
    setNoteMissing(missing);
    if (missing) return;
    void command.submit({
      assessedOn,
      // Unchosen, it is left out: the API's rules, checked before sending, say it is required.
      verdict: verdict ?? (undefined as unknown as Verdict),
      note,
      ...(unsatisfactory && newResponseDueOn !== '' && { newResponseDueOn }),
    });
  };
  const noteField = command.field('note');
  return (
    <CaseForm command={command} opened={opened} view={view} onSubmit={submit} onCancel={onDone}>
      <DateField
        label={t('recommendation.form.assessedOn')}
        value={assessedOn}
        onChange={(date) => setAssessedOn(date ?? '')}
        {...command.field('assessedOn')}
        withAsterisk
      />
      <Radio.Group
        label={t('recommendation.form.verdict')}
        value={verdict}
        onChange={(value) => setVerdict(value as Verdict)}
        {...command.field('verdict')}
        withAsterisk
      >
        <Group gap="md" mt={6}>
          <Radio value="satisfactory" label={t('recommendation.timeline.verdict.satisfactory')} />
          <Radio
            value="unsatisfactory"
            label={t('recommendation.timeline.verdict.unsatisfactory')}
          />
        </Group>
      </Radio.Group>
      <Textarea
        label={
          unsatisfactory
            ? t('recommendation.form.assessmentNote')
            : optionalLabel(t, t('recommendation.form.assessmentNote'))
        }
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        id={noteField.id}
        error={
          noteField.error ??
          (noteMissing && unsatisfactory && note.trim() === ''
            ? t('recommendation.form.noteRequired')
            : undefined)
        }
        withAsterisk={unsatisfactory}
        autosize
        minRows={3}
      />
      {unsatisfactory && (
        <DateField
          label={optionalLabel(t, t('recommendation.form.newResponseDueOn'))}
          value={newResponseDueOn}
          onChange={(date) => setNewResponseDueOn(date ?? '')}
          {...command.field('newResponseDueOn')}
        />
      )}
    </CaseForm>
  );
};
