import { Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { CaseForm } from '../CaseForm';
import { todayInVietnam } from '../../../i18n/format';
import type { RecommendationView } from '../recommendation-view';
import { useCaseCommand } from '../useCaseCommand';
import { DateField } from '../../../components/DateField';
import { sendCommand } from './send';

type Outcome = 'implemented' | 'partially-implemented' | 'not-implemented' | 'no-longer-applicable';

/** The verification's result, which closes the case (it can be reopened). */
export const CloseRecommendationForm = ({
  view,
  onDone,
}: {
  view: RecommendationView;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [closedOn, setClosedOn] = useState(todayInVietnam());
  // The result of verification is the clerk's to choose: none is recorded by default.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [assessment, setAssessment] = useState('');
  const { command, opened } = useCaseCommand(
    view,
    'CloseRecommendationDto',
    sendCommand.closeRecommendation(api, view.id),
    onDone,
  );
  const submit = () =>
    void command.submit({
      closedOn,
      outcome: outcome ?? (undefined as unknown as Outcome),
      assessment,
    });
  return (
    <CaseForm command={command} opened={opened} view={view} onSubmit={submit} onCancel={onDone}>
      <DateField
        label={t('recommendation.form.closedOn')}
        value={closedOn}
        onChange={(date) => setClosedOn(date ?? '')}
        {...command.field('closedOn')}
        withAsterisk
      />
      <Radio.Group
        label={t('recommendation.form.outcome')}
        value={outcome}
        onChange={(value) => setOutcome(value as Outcome)}
        {...command.field('outcome')}
        withAsterisk
      >
        <Stack gap={6} mt={6}>
          <Radio value="implemented" label={t('status.implemented')} />
          <Radio value="partially-implemented" label={t('status.partially-implemented')} />
          <Radio value="not-implemented" label={t('status.not-implemented')} />
          <Radio value="no-longer-applicable" label={t('status.no-longer-applicable')} />
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('recommendation.form.assessment')}
        value={assessment}
        onChange={(event) => setAssessment(event.currentTarget.value)}
        {...command.field('assessment')}
        withAsterisk
        autosize
        minRows={4}
      />
    </CaseForm>
  );
};
