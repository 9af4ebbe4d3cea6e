import type { operations } from '../../api/schema';

type DashboardQuery = NonNullable<operations['DashboardController_get']['parameters']['query']>;

/** Where an item of the register comes from, as the API's filters name it. */
export type SourceKind = NonNullable<DashboardQuery['sourceKind']>;

/** The sources in the order the council's office speaks of them. */
export const SOURCE_KINDS: readonly SourceKind[] = [
  'delegation',
  'interpellation',
  'explanation-session',
  'voter-petitions',
  'committee-supervision',
];

/** The words of each source, by key, so the catalogues' checks can find them. */
export const SOURCE_LABELS = {
  delegation: 'sources.kinds.delegation',
  interpellation: 'sources.kinds.interpellation',
  'explanation-session': 'sources.kinds.explanation-session',
  'voter-petitions': 'sources.kinds.voter-petitions',
  'committee-supervision': 'sources.kinds.committee-supervision',
} as const satisfies Record<SourceKind, string>;
