import { Fieldset, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
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

type Position = 'accepted' | 'partially-accepted' | 'rejected';
interface Row {
  text: string;
  dueOn: string;
}

/**
 * The agency's answer: accepted, partly or rejected; a rejection carries its explanation
 * (giải trình) and no commitments, an acceptance what the agency commits to and by when.
 */
export const RecordResponseForm = ({
  view,
  onDone,
}: {
  view: RecommendationView;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const [respondedOn, setRespondedOn] = useState(todayInVietnam());
  const [position, setPosition] = useState<Position>('accepted');
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [explanationMissing, setExplanationMissing] = useState(false);
  const { command, opened } = useCaseCommand(
    view,
    'RecordResponseDto',
    sendCommand.recordResponse(api, view.id),
    onDone,
  );
  const rejected = position === 'rejected';
  const submit = () => {
    // The API refuses a rejection without its explanation; say so beside the field first.
    const missing = rejected && text.trim() === '';
    setExplanationMissing(missing);
    if (missing) return;
    void command.submit({
      respondedOn,
      position,
      text,
      ...(!rejected && { commitments: rows }),
    });
  };
  const textField = command.field('text');
  return (
    <CaseForm command={command} opened={opened} view={view} onSubmit={submit} onCancel={onDone}>
      <DateField
        label={t('recommendation.form.respondedOn')}
        value={respondedOn}
        onChange={(date) => setRespondedOn(date ?? '')}
        {...command.field('respondedOn')}
        withAsterisk
      />
      <Radio.Group
        label={t('recommendation.form.position')}
        value={position}
        onChange={(value) => setPosition(value as Position)}
        id={command.field('position').id}
        error={command.field('position').error}
        withAsterisk
      >
        <Group gap="md" mt={6}>
          <Radio value="accepted" label={t('status.accepted')} />
          <Radio value="partially-accepted" label={t('status.partially-accepted')} />
          <Radio value="rejected" label={t('status.rejected')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={
          rejected ? t('recommendation.form.explanation') : t('recommendation.form.responseText')
        }
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        id={textField.id}
        error={
          textField.error ??
          (explanationMissing && rejected && text.trim() === ''
            ? t('recommendation.form.explanationRequired')
            : undefined)
        }
        autosize
        minRows={4}
        withAsterisk
      />
      {!rejected && (
        <Fieldset legend={t('recommendation.form.commitments')} variant="unstyled">
          <RepeatedRows
            rows={rows}
            onChange={setRows}
            empty={() => ({ text: '', dueOn: '' })}
            rowName={(index) => t('recommendation.form.commitmentRow', { n: index + 1 })}
            row={(row, index, change) => (
              <Stack gap={6}>
                <TextInput
                  label={t('recommendation.form.commitmentText', { n: index + 1 })}
                  value={row.text}
                  onChange={(event) => change({ ...row, text: event.currentTarget.value })}
                  {...command.field(`commitments.${index}.text`)}
                  withAsterisk
                />
                <DateField
                  label={t('recommendation.form.commitmentDue', { n: index + 1 })}
                  value={row.dueOn}
                  onChange={(dueOn) => change({ ...row, dueOn: dueOn ?? '' })}
                  {...command.field(`commitments.${index}.dueOn`)}
                  withAsterisk
                />
              </Stack>
            )}
          />
          {rows.length === 0 && (
            <Text size="sm" c="gray.7" mt={4}>
              {t('recommendation.form.noCommitments')}
            </Text>
          )}
        </Fieldset>
      )}
    </CaseForm>
  );
};
