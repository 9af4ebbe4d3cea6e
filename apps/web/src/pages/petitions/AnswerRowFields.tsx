import { Checkbox, Radio, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../forms';
import { formatDate } from '../../i18n/format';
import type { AnswerRow, Position } from './answer-rows';

/**
 * One petition of the sitting: whether it is answered now, the agency's position, and the
 * answer (for a refusal, the explanation). `sent` is its place among the answers sent, for
 * the API's field errors; undefined while it is not chosen.
 */
export const AnswerRowFields = ({
  row,
  number,
  sent,
  command,
  onChange,
}: {
  row: AnswerRow;
  number: number;
  sent: number | undefined;
  command: Command<never> | Command<object>;
  onChange: (row: AnswerRow) => void;
}) => {
  const { t } = useTranslation();
  const name = t('petitions.answer.rowName', { n: number });
  const field = (key: string) =>
    sent === undefined
      ? { id: undefined, error: undefined }
      : command.field(`answers.${sent}.${key}`);
  const position = field('position');
  const text = field('text');
  return (
    <Stack
      gap="xs"
      component="fieldset"
      aria-label={name}
      m={0}
      p="sm"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
    >
      <Checkbox
        label={name}
        checked={row.chosen}
        onChange={(event) => onChange({ ...row, chosen: event.currentTarget.checked })}
      />
      <Text fw={600}>{row.item.text}</Text>
      <Text size="sm" c="gray.7">
        {t('petitions.petitions.dueOn', { date: formatDate(row.item.responseDueOn) })}
      </Text>
      {row.chosen && (
        <>
          <Radio.Group
            label={t('petitions.answer.position')}
            value={row.position}
            onChange={(value) => onChange({ ...row, position: value as Position })}
            id={position.id}
            error={position.error}
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
              row.position === 'rejected'
                ? t('petitions.answer.explanation')
                : t('petitions.answer.text')
            }
            autosize
            minRows={3}
            value={row.text}
            onChange={(event) => onChange({ ...row, text: event.currentTarget.value })}
            id={text.id}
            error={text.error}
            withAsterisk
          />
        </>
      )}
    </Stack>
  );
};
