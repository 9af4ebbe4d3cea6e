import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { formatDate } from '../../../i18n/format';
import { CaseForm } from '../CaseForm';
import { todayInVietnam } from '../../../i18n/format';
import type { RecommendationView } from '../recommendation-view';
import { useCaseCommand } from '../useCaseCommand';
import { DateField } from '../../../components/DateField';
import { sendCommand } from './send';

/** The value of the deadline picker that means the response's own deadline. */
const RESPONSE = 'response';

/**
 * A deadline moved, with its reason and who approved it (an agency never moves its own): the
 * response's while it is awaited, or a commitment's not yet met. The original date is kept.
 */
export const ExtendDeadlineForm = ({
  view,
  onDone,
}: {
  view: RecommendationView;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const options = [
    ...(view.tracks.response === 'awaiting-response'
      ? [
          {
            value: RESPONSE,
            label: `${t('recommendation.timeline.deadlineResponse')} (${formatDate(view.responseDueOn)})`,
          },
        ]
      : []),
    ...view.commitments
      .filter((commitment) => commitment.metOn === null)
      .map((commitment) => ({
        value: commitment.id,
        label: `${commitment.text} (${formatDate(commitment.dueOn)})`,
      })),
  ];
  const [deadline, setDeadline] = useState(options[0]?.value ?? RESPONSE);
  const [newDueOn, setNewDueOn] = useState('');
  const [reason, setReason] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const [extendedOn, setExtendedOn] = useState(todayInVietnam());
  const { command, opened } = useCaseCommand(
    view,
    'ExtendDeadlineDto',
    sendCommand.extendDeadline(api, view.id),
    onDone,
  );
  const submit = () =>
    void command.submit({
      newDueOn,
      reason,
      approvedBy,
      extendedOn,
      ...(deadline !== RESPONSE && { commitmentId: deadline }),
    });
  return (
    <CaseForm command={command} opened={opened} view={view} onSubmit={submit} onCancel={onDone}>
      <NativeSelect
        label={t('recommendation.form.deadline')}
        data={options}
        value={deadline}
        onChange={(event) => setDeadline(event.currentTarget.value)}
        {...command.field('commitmentId')}
      />
      <DateField
        label={t('recommendation.form.newDueOn')}
        value={newDueOn}
        onChange={(date) => setNewDueOn(date ?? '')}
        {...command.field('newDueOn')}
        withAsterisk
      />
      <Textarea
        label={t('recommendation.form.extendReason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        {...command.field('reason')}
        withAsterisk
        autosize
        minRows={3}
      />
      <TextInput
        label={t('recommendation.form.approvedBy')}
        value={approvedBy}
        onChange={(event) => setApprovedBy(event.currentTarget.value)}
        {...command.field('approvedBy')}
        withAsterisk
      />
      <DateField
        label={t('recommendation.form.extendedOn')}
        value={extendedOn}
        onChange={(date) => setExtendedOn(date ?? '')}
        {...command.field('extendedOn')}
        withAsterisk
      />
    </CaseForm>
  );
};
