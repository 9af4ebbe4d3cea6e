import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import type { Command } from '../../forms/useCommand';

export type Supervisor = components['schemas']['SupervisorDto'];
export type SupervisingBody = Supervisor['body'];
export type CouncilLevel = Supervisor['level'];

export const SUPERVISING_BODIES: readonly SupervisingBody[] = [
  'council',
  'standing-committee',
  'committee',
  'deputy-group',
  'deputy',
];
export const COUNCIL_LEVELS: readonly CouncilLevel[] = ['province', 'commune'];

/** The words of each body and level, by key, so the catalogues' checks can find them. */
export const BODY_LABELS = {
  council: 'delegations.supervisor.bodies.council',
  'standing-committee': 'delegations.supervisor.bodies.standing-committee',
  committee: 'delegations.supervisor.bodies.committee',
  'deputy-group': 'delegations.supervisor.bodies.deputy-group',
  deputy: 'delegations.supervisor.bodies.deputy',
} as const satisfies Record<SupervisingBody, string>;
export const LEVEL_LABELS = {
  province: 'delegations.supervisor.levels.province',
  commune: 'delegations.supervisor.levels.commune',
} as const satisfies Record<CouncilLevel, string>;

/** A council has several of these: the one supervising must be named. */
export const isNamedBody = (body: SupervisingBody): boolean =>
  body === 'committee' || body === 'deputy-group' || body === 'deputy';

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
}: {
  value: Supervisor;
  onChange: (value: Supervisor) => void;
  command: Command<never> | Command<object>;
}) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <Select
          label={t('delegations.supervisor.body')}
          data={SUPERVISING_BODIES.map((body) => ({
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
