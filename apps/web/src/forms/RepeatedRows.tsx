import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list of rows the reader adds to and removes from (members, commitments, evidence), each row
 * drawn by `row`. The remove button names its row for screen readers.
 */
export const RepeatedRows = <T,>({
  rows,
  onChange,
  empty,
  row,
  rowName,
}: {
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  /** A new row as it starts. */
  empty: () => T;
  row: (value: T, index: number, change: (value: T) => void) => ReactNode;
  /** What one row is called, e.g. "Thành viên 2", for the remove button's label. */
  rowName: (index: number) => string;
}) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {rows.map((value, index) => (
        <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
          <div style={{ flex: 1 }}>
            {row(value, index, (next) =>
              onChange(rows.map((old, at) => (at === index ? next : old))),
            )}
          </div>
          <Button
            variant="subtle"
            color="red.9"
            // Mantine draws a subtle button's text at most shade 6 (3.3:1 on white): AA needs 9.
            c="red.9"
            aria-label={`${t('forms.removeRow')}: ${rowName(index)}`}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {t('forms.removeRow')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={() => onChange([...rows, empty()])}>
          {t('forms.addRow')}
        </Button>
      </Group>
    </Stack>
  );
};
