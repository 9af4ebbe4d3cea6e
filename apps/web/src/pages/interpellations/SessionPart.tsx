import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A part of the session's page: its heading (with how many it holds), the button that opens its
 * form, the open form, then its items — or what to say when it has none and no form is open.
 */
export const SessionPart = ({
  title,
  count,
  action,
  form,
  empty,
  children,
}: {
  title: string;
  count?: number;
  action?: ReactNode;
  form?: ReactNode;
  /** What to say when it holds nothing; a part shown only when it holds something needs none. */
  empty?: string;
  children?: ReactNode;
}) => (
  <Stack gap="sm" component="section" aria-label={title}>
    <Group justify="space-between" align="center">
      <Title order={3} size="h4">
        {title}
        {count !== undefined && ` (${count})`}
      </Title>
      {action}
    </Group>
    {form}
    {count === 0 || children === undefined
      ? !form && empty && <Text c="gray.7">{empty}</Text>
      : children}
  </Stack>
);
