import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { EVENT_LABELS, isKnownEvent } from './event-labels';
import { newSteps, stepIdentity, type HistoryStep } from './history-steps';

/**
 * What changed in a case since the form was opened, for a reader whose save met a conflict:
 * each step someone else recorded, who did it and when.
 */
export const ChangedSince = ({
  before,
  after,
}: {
  before: readonly HistoryStep[];
  after: readonly HistoryStep[];
}) => {
  const { t } = useTranslation();
  const steps = newSteps(before, after);
  return (
    <Stack gap={4} role="status">
      <Text fw={600} size="sm">
        {t('forms.changedSince')}
      </Text>
      {steps.length === 0 ? (
        <Text size="sm">{t('forms.noChangesListed')}</Text>
      ) : (
        <List size="sm">
          {steps.map((step) => (
            <List.Item key={stepIdentity(step)}>
              {isKnownEvent(step.type) ? t(EVENT_LABELS[step.type]) : step.type} —{' '}
              {t('forms.changeBy', {
                who: step.actor.displayName ?? step.actor.username,
                when: formatDateTime(step.at),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
