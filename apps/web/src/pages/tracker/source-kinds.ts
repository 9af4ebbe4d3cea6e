import type { components } from '../../api/schema';

/** Where an item of the register comes from, as the API names it. */
export type SourceKind = components['schemas']['RecommendationSummary']['source']['kind'];

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
  delegation: 'tracker.sources.delegation',
  interpellation: 'tracker.sources.interpellation',
  'explanation-session': 'tracker.sources.explanation-session',
  'voter-petitions': 'tracker.sources.voter-petitions',
  'committee-supervision': 'tracker.sources.committee-supervision',
} as const satisfies Record<SourceKind, string>;

/** The catalogue key of a source the API gives; undefined for one the console does not know yet. */
export const sourceLabel = (kind: string) =>
  SOURCE_LABELS[kind as SourceKind] as (typeof SOURCE_LABELS)[SourceKind] | undefined;

/**
 * The console's page of a source, for the sources that have one: a delegation's or an
 * interpellation session's. The others (explanation sessions, voters' petitions…) have no page
 * yet, and the item's own page names them without a link.
 */
export const sourcePath = (source: { kind: string; id: string }): string | undefined => {
  if (source.kind === 'delegation') return `/delegations/${source.id}`;
  if (source.kind === 'interpellation') return `/interpellations/${source.id}`;
  return undefined;
};
