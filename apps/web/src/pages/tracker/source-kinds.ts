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
 * The console's page of a source, for the sources that have one; the item's own page names
 * any other without a link.
 */
export const sourcePath = (source: { kind: string; id: string }): string | undefined => {
  switch (source.kind) {
    case 'delegation':
      return `/delegations/${source.id}`;
    case 'interpellation':
      return `/interpellations/${source.id}`;
    case 'explanation-session':
      return `/explanation-sessions/${source.id}`;
    case 'committee-supervision':
      return `/committee-supervisions/${source.id}`;
    case 'voter-petitions':
      return `/petition-rounds/${source.id}`;
    default:
      return undefined;
  }
};
