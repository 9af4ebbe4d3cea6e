import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  BODY_LABELS,
  COUNCIL_LEVELS,
  isNamedBody,
  LEVEL_LABELS,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type Supervisor,
  type SupervisingBody,
} from './supervisor-bodies';
import type { Command } from '../../forms/useCommand';

export {
  BODY_LABELS,
  COUNCIL_LEVELS,
  isNamedBody,
  LEVEL_LABELS,
  SUPERVISING_BODIES,
  type CouncilLevel,
  type Supervisor,
  type SupervisingBody,
} from './supervisor-bodies';

/** The supervisor as the record should get it: a name only where the body needs one. */
export const supervisorBody = (typed: Supervisor): Supervisor =>
  isNamedBody(typed.body)
    ? { body: typed.body, level: typed.level, name: typed.name ?? '' }
    : { body: typed.body, level: typed.level };

/**
 * Who supervises through the delegation: the council, its Standing Committee, a committee, a
 * group of deputies or one deputy, at the province or a commune. The name is asked only of the
 * bodies a council has several of.
 */
export const SupervisorFields = ({
  value,
  onChange,
  command,
  bodies = SUPERVISING_BODIES,
}: {
  value: Supervisor;
  onChange: (value: Supervisor) => void;
  command: Command<never> | Command<object>;
  /** The bodies that may hold what is recorded: an explanation session is never a deputy's. */
  bodies?: readonly SupervisingBody[];
}) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <Select
          label={t('delegations.supervisor.body')}
          data={bodies.map((body) => ({
            value: body,
            label: t(BODY_LABELS[body]),
          }))}
          value={value.body}
          allowDeselect={false}
          onChange={(body) => body && onChange({ ...value, body: body as SupervisingBody })}
          {...command.field('supervisor.body')}
        />
        <Select
          label={t('delegations.supervisor.level')}
          data={COUNCIL_LEVELS.map((level) => ({
            value: level,
            label: t(LEVEL_LABELS[level]),
          }))}
          value={value.level}
          allowDeselect={false}
          onChange={(level) => level && onChange({ ...value, level: level as CouncilLevel })}
          {...command.field('supervisor.level')}
        />
      </Group>
      {isNamedBody(value.body) && (
        <TextInput
          label={t('delegations.supervisor.name')}
          description={t('delegations.supervisor.nameHint')}
          value={value.name ?? ''}
          onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
          {...command.field('supervisor.name')}
        />
      )}
    </Stack>
  );
};
