import type { Role } from './roles';

/** The groups of roles the API's routes allow (its access rules), named as it names them. */
const READERS: readonly Role[] = ['admin', 'secretariat', 'member', 'agency', 'auditor'];
const SUPERVISION_READERS: readonly Role[] = ['admin', 'secretariat', 'member', 'auditor'];
const AUDIT_READERS: readonly Role[] = ['admin', 'auditor'];

/** The catalogue keys of the menu's labels. */
export type MenuLabel =
  | 'menu.todo'
  | 'menu.delegations'
  | 'menu.interpellations'
  | 'menu.explanationSessions'
  | 'menu.committeeSupervisions'
  | 'menu.petitions'
  | 'menu.recommendations'
  | 'menu.obstacles'
  | 'menu.agencies'
  | 'menu.dashboard'
  | 'menu.audit'
  | 'menu.administration';

export interface MenuItem {
  readonly label: MenuLabel;
  /** Where it leads in the console. */
  readonly path: string;
  /** The API route the page reads first: a role the API refuses there does not see the menu. */
  readonly reads: string;
  readonly roles: readonly Role[];
}

/**
 * The one table of what each role sees: the menu, in the order the council's office reads it.
 * Buttons ask `can` (actions.ts). A test compares each line's roles with the roles the API itself
 * allows on the route the page reads, so the two cannot drift apart.
 */
export const MENU: readonly MenuItem[] = [
  { label: 'menu.todo', path: '/', reads: 'GET /api/recommendations', roles: READERS },
  {
    label: 'menu.delegations',
    path: '/delegations',
    reads: 'GET /api/delegations',
    roles: SUPERVISION_READERS,
  },
  {
    label: 'menu.interpellations',
    path: '/interpellations',
    reads: 'GET /api/interpellations',
    roles: SUPERVISION_READERS,
  },
  {
    label: 'menu.explanationSessions',
    path: '/explanation-sessions',
    reads: 'GET /api/explanation-sessions',
    roles: SUPERVISION_READERS,
  },
  {
    label: 'menu.committeeSupervisions',
    path: '/committee-supervisions',
    reads: 'GET /api/committee-supervisions',
    roles: SUPERVISION_READERS,
  },
  {
    label: 'menu.petitions',
    path: '/petition-rounds',
    reads: 'GET /api/petition-rounds',
    roles: SUPERVISION_READERS,
  },
  {
    label: 'menu.recommendations',
    path: '/recommendations',
    reads: 'GET /api/recommendations',
    roles: READERS,
  },
  { label: 'menu.obstacles', path: '/obstacles', reads: 'GET /api/obstacles', roles: READERS },
  { label: 'menu.agencies', path: '/agencies', reads: 'GET /api/agencies', roles: READERS },
  {
    label: 'menu.dashboard',
    path: '/dashboard',
    reads: 'GET /api/dashboard',
    roles: SUPERVISION_READERS,
  },
  { label: 'menu.audit', path: '/audit', reads: 'GET /api/audit/events', roles: AUDIT_READERS },
  {
    label: 'menu.administration',
    path: '/administration',
    reads: 'GET /api/users',
    roles: ['admin'],
  },
];

/** The menu a role sees. */
export const menuFor = (role: Role): readonly MenuItem[] =>
  MENU.filter((item) => item.roles.includes(role));

/** Whether a role may open a page of the console (a deep link to another's page is refused). */
export const allows = (role: Role, path: string): boolean => {
  const item = [...MENU]
    .filter((entry) =>
      entry.path === '/' ? path === '/' : path === entry.path || path.startsWith(`${entry.path}/`),
    )
    .pop();
  return item === undefined || item.roles.includes(role);
};
