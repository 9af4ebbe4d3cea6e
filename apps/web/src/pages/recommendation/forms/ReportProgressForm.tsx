import { NumberInput, Textarea } from '@mantine/core';
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

/** What the agency has done so far, with the share done when it can say. */
export const ReportProgressForm = ({
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
  const [percent, setPercent] = useState<number | string>('');
  const { command, opened } = useCaseCommand(
    view,
    'ReportProgressDto',
    sendCommand.reportProgress(api, view.id),
    onDone,
  );
  const submit = () =>
    void command.submit({
      reportedOn,
      text,
      ...(typeof percent === 'number' && { percent }),
    });
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
        label={t('recommendation.form.progressText')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        {...command.field('text')}
        withAsterisk
        autosize
        minRows={4}
      />
      <NumberInput
        label={optionalLabel(t, t('recommendation.form.percent'))}
        value={percent}
        onChange={setPercent}
        min={0}
        max={100}
        // Out of range is said beside the field, never silently changed to 100.
        clampBehavior="none"
        allowDecimal={false}
        maw={220}
        {...command.field('percent')}
      />
    </CaseForm>
  );
};
