import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One fact of a case's heading card: its name above, what was recorded below. */
export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" fw={600} c="gray.7">
      {label}
    </Text>
    <Text component="div">{children}</Text>
  </div>
);
