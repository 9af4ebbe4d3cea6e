import { Anchor, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ConcludedBadge } from './ConcludedBadge';

/** The top of a session's or supervision's page: back to its list, what it is about, its state. */
export const SourceHeading = ({
  back,
  title,
  concludedOn,
  children,
}: {
  back: { to: string; label: string };
  title: string;
  concludedOn: string | null;
  /** The facts card under the title. */
  children: ReactNode;
}) => (
  <Stack gap="xs">
    <Anchor component={Link} to={back.to} size="sm">
      ← {back.label}
    </Anchor>
    <Group gap="sm" align="center">
      <Title order={2} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      <ConcludedBadge concludedOn={concludedOn} />
    </Group>
    {children}
  </Stack>
);
