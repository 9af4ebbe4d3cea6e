import type { Role } from '../shell/roles';
import { allows } from '../shell/menus';

/** What the header's search looks through, in the order its groups are shown. */
export const SEARCH_KINDS = ['recommendations', 'delegations', 'obstacles', 'agencies'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where each kind's page lives in the console (its list at /<kind>, one at /<kind>/<id>). */
const PATHS: Readonly<Record<SearchKind, string>> = {
  recommendations: '/recommendations',
  delegations: '/delegations',
  obstacles: '/obstacles',
  agencies: '/agencies',
};

/** The kinds a role may search: those whose pages the role may open (the menus' one table). */
export const searchKindsFor = (role: Role): SearchKind[] =>
  SEARCH_KINDS.filter((kind) => allows(role, PATHS[kind]));

/** The page of one found thing. */
export const pathOf = (kind: SearchKind, id: string): string =>
  `${PATHS[kind]}/${encodeURIComponent(id)}`;

/** A found thing as the list shows it: the name a person reads, and where it leads. */
export interface Found {
  readonly kind: SearchKind;
  readonly label: string;
  readonly path: string;
}

/** The lists' items name themselves differently: a title, a text, a statement, a name. */
const LABEL_FIELDS: Readonly<Record<SearchKind, string>> = {
  recommendations: 'text',
  delegations: 'title',
  obstacles: 'statement',
  agencies: 'name',
};

/** One list's answer (`items`, untyped in the API's document) as found things. */
export const foundIn = (kind: SearchKind, items: readonly unknown[]): Found[] =>
  (items as readonly Record<string, unknown>[]).flatMap((item) => {
    const id = item.id;
    const label = item[LABEL_FIELDS[kind]];
    return typeof id === 'string' && typeof label === 'string'
      ? [{ kind, label, path: pathOf(kind, id) }]
      : [];
  });
