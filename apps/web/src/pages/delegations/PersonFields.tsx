import { Group, TextInput } from '@mantine/core';
import type { Command } from '../../forms';
import type { Person } from './delegation-view';

/**
 * A person as the record names them: full name and the position they held then, side by side
 * on a desk's screen and one above the other on a phone. `path` is the body's path
 * (`chair`, `members.0`), so each input carries its own error.
 */
export const PersonFields = ({
  value,
  onChange,
  path,
  command,
  nameLabel,
  positionLabel,
}: {
  value: Person;
  onChange: (value: Person) => void;
  path: string;
  command: Command<never> | Command<object>;
  nameLabel: string;
  positionLabel: string;
}) => (
  <Group grow align="flex-start" gap="sm" wrap="wrap">
    <TextInput
      label={nameLabel}
      value={value.name}
      onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
      miw={220}
      {...command.field(`${path}.name`)}
    />
    <TextInput
      label={positionLabel}
      value={value.position}
      onChange={(event) => onChange({ ...value, position: event.currentTarget.value })}
      miw={220}
      {...command.field(`${path}.position`)}
    />
  </Group>
);

export const NO_ONE: Person = { name: '', position: '' };
