import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { EVENT_LABELS, isKnownEvent } from './event-labels';

/** A step of a case's history, as the API's timelines give it. */
export interface HistoryStep {
  readonly at: string;
  readonly type: string;
  readonly actor: { readonly username: string; readonly displayName?: string };
}

const identity = (step: HistoryStep) => `${step.at}|${step.type}|${step.actor.username}`;

/** The steps in `after` that `before` did not have: what someone else recorded meanwhile. */
export const newSteps = <T extends HistoryStep>(before: readonly T[], after: readonly T[]): T[] => {
  const known = new Set(before.map(identity));
  return after.filter((step) => !known.has(identity(step)));
};

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
            <List.Item key={identity(step)}>
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
