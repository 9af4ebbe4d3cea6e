import { Anchor, Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ConcludedBadge } from './ConcludedBadge';

/** One session or supervision in its list: what it is about (a link), concluded or not, facts. */
export const SourceRow = ({
  to,
  title,
  concludedOn,
  children,
}: {
  to: string;
  title: string;
  concludedOn: string | null;
  /** The line under the title: the agency, the day, who holds it. */
  children: ReactNode;
}) => (
  <Card withBorder padding="md" component="li">
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Anchor component={Link} to={to} fw={600} lineClamp={2}>
        {title}
      </Anchor>
      <ConcludedBadge concludedOn={concludedOn} />
    </Group>
    <Text size="sm" c="gray.7" mt={4}>
      {children}
    </Text>
  </Card>
);
