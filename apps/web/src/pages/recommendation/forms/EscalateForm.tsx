import { NativeSelect, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { CaseForm } from '../CaseForm';
import { todayInVietnam } from '../../../i18n/format';
import { nextSteps, STEP_LABELS, type EscalationStep } from '../escalation';
import type { RecommendationView } from '../recommendation-view';
import { useCaseCommand } from '../useCaseCommand';
import { DateField } from '../../../components/DateField';
import { sendCommand } from './send';
import { optionalLabel } from '../../../forms';
import { formatDate } from '../../../i18n/format';
import { useInterpellationChoices } from '../../interpellations/interpellation-choices';

/** A step up the escalation ladder, with the letter or decision that takes it. */
export const EscalateForm = ({
  view,
  onDone,
}: {
  view: RecommendationView;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const steps = nextSteps(view.escalationStep);
  const [step, setStep] = useState<EscalationStep>(steps[0] ?? 'further-reminder');
  const [note, setNote] = useState('');
  const [escalatedOn, setEscalatedOn] = useState(todayInVietnam());
  const [sessionId, setSessionId] = useState<string | null>(null);
  // Put to interpellation, the case joins a session's agenda: the clerk names the session, so
  // what is committed there can follow the case up. (Explanation sessions have no list yet.)
  const toSession = step === 'interpellation';
  const sessions = useInterpellationChoices(toSession);
  const { command, opened } = useCaseCommand(
    view,
    'EscalateDto',
    sendCommand.escalateRecommendation(api, view.id),
    onDone,
  );
  const submit = () =>
    void command.submit({
      step,
      note,
      escalatedOn,
      ...(toSession && sessionId !== null && { sessionId }),
    });
  return (
    <CaseForm command={command} opened={opened} view={view} onSubmit={submit} onCancel={onDone}>
      <NativeSelect
        label={t('recommendation.form.step')}
        data={steps.map((value) => ({ value, label: t(STEP_LABELS[value]) }))}
        value={step}
        onChange={(event) => setStep(event.currentTarget.value as EscalationStep)}
        {...command.field('step')}
        withAsterisk
      />
      {toSession && (
        <Select
          label={optionalLabel(t, t('recommendation.form.session'))}
          description={t('recommendation.form.sessionHint')}
          placeholder={t('recommendation.form.sessionPlaceholder')}
          data={(sessions.data ?? []).map((session) => ({
            value: session.value,
            label: `${session.label} (${formatDate(session.heldOn)})`,
          }))}
          value={sessionId}
          onChange={setSessionId}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('delegations.clearChoice') }}
          nothingFoundMessage={t('tracker.nothingFound')}
          {...command.field('sessionId')}
        />
      )}
      <Textarea
        label={t('recommendation.form.escalationNote')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        {...command.field('note')}
        withAsterisk
        autosize
        minRows={3}
      />
      <DateField
        label={t('recommendation.form.escalatedOn')}
        value={escalatedOn}
        onChange={(date) => setEscalatedOn(date ?? '')}
        {...command.field('escalatedOn')}
        withAsterisk
      />
    </CaseForm>
  );
};
