import type { components } from '../../api/schema';

/*
 * Who may supervise, and at which level, with the catalogue keys of their names: apart from the
 * fields that choose them, so that plain modules (the tracker's filters in the address, unit
 * tested without a DOM) can use them too.
 */

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
