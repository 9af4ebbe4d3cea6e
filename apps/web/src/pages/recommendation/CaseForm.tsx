import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ChangedSince, FormActions, FormErrorSummary, type Command } from '../../forms';
import type { RecommendationView, TimelineEntry } from './recommendation-view';

/**
 * The frame of every form on the recommendation page: the summary of what failed on top and,
 * after a conflict, what someone else recorded since the form opened; the fields; Save and
 * Cancel at the foot. What was typed stays in the fields whatever happens.
 */
export const CaseForm = ({
  command,
  opened,
  view,
  onSubmit,
  onCancel,
  children,
}: {
  command: Command<never> | Command<object>;
  opened: readonly TimelineEntry[];
  view: RecommendationView;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) => {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorSummary command={command} />
        {command.conflict && <ChangedSince before={opened} after={view.timeline} />}
        {children}
        <FormActions pending={command.pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
