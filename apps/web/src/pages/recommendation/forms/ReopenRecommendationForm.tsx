import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { CaseForm } from '../CaseForm';
import { todayInVietnam } from '../../../i18n/format';
import type { RecommendationView } from '../recommendation-view';
import { useCaseCommand } from '../useCaseCommand';
import { DateField } from '../../../components/DateField';
import { sendCommand } from './send';

/** A closed case opened again, with the reason: the work goes back to in progress. */
export const ReopenRecommendationForm = ({
  view,
  onDone,
}: {
  view: RecommendationView;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [reopenedOn, setReopenedOn] = useState(todayInVietnam());
  const [reason, setReason] = useState('');
  const { command, opened } = useCaseCommand(
    view,
    'ReopenRecommendationDto',
    sendCommand.reopenRecommendation(api, view.id),
    onDone,
  );
  const submit = () => void command.submit({ reopenedOn, reason });
  return (
    <CaseForm command={command} opened={opened} view={view} onSubmit={submit} onCancel={onDone}>
      <DateField
        label={t('recommendation.form.reopenedOn')}
        value={reopenedOn}
        onChange={(date) => setReopenedOn(date ?? '')}
        {...command.field('reopenedOn')}
        withAsterisk
      />
      <Textarea
        label={t('recommendation.form.reopenReason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        {...command.field('reason')}
        withAsterisk
        autosize
        minRows={3}
      />
    </CaseForm>
  );
};
