import { TextInput } from '@mantine/core';
import { RepeatedRows, type Command } from '../../forms';

/** A list of short texts typed one per row (a survey's topics, its participants). */
export const TextRows = ({
  rows,
  onChange,
  path,
  command,
  rowLabel,
}: {
  rows: string[];
  onChange: (rows: string[]) => void;
  /** The body's path of the list, e.g. `topics`: row 2's error is at `topics.1`. */
  path: string;
  command: Command<never> | Command<object>;
  /** A row's label, numbered from 1. */
  rowLabel: (n: number) => string;
}) => (
  <RepeatedRows
    rows={rows}
    onChange={onChange}
    empty={() => ''}
    rowName={(index) => rowLabel(index + 1)}
    row={(value, index, change) => (
      <TextInput
        label={rowLabel(index + 1)}
        value={value}
        onChange={(event) => change(event.currentTarget.value)}
        {...command.field(`${path}.${index}`)}
      />
    )}
  />
);
