import { Card, Stack, Text, Title } from '@mantine/core';
import { useId, type FormEvent, type ReactNode } from 'react';
import { ChangedSince, FormActions, FormErrorSummary, type Command } from '../../forms';
import type { ObstacleHistoryEntry } from './obstacle';

/**
 * What every form on an obstacle's page has around its fields: its title and what it does, the
 * error summary on top, what someone else recorded meanwhile after a conflict, Save and Cancel.
 */
export const ObstacleFormFrame = ({
  title,
  intro,
  command,
  before,
  after,
  saveLabel,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  intro: string;
  command: Command<object>;
  before: readonly ObstacleHistoryEntry[];
  after: readonly ObstacleHistoryEntry[];
  saveLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) => {
  const heading = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={heading}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={3} size="h4" id={heading}>
              {title}
            </Title>
            <Text size="sm" c="gray.7">
              {intro}
            </Text>
          </Stack>
          <FormErrorSummary command={command} />
          {command.conflict && <ChangedSince before={before} after={after} />}
          {children}
          <FormActions pending={command.pending} onCancel={onCancel} saveLabel={saveLabel} />
        </Stack>
      </form>
    </Card>
  );
};
