import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A part of a case's page (a delegation's, a session's): its heading with how many it holds,
 * the button that opens its form, the open form, then its items — or, when it holds none and no
 * form is open, what to say instead. A region named by its heading, so a screen reader (and a
 * browser test) finds it by name.
 */
export const PagePart = ({
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
    {count === 0 && empty ? !form && <Text c="gray.7">{empty}</Text> : children}
  </Stack>
);
