import type { LocalDate } from './local-date';
import type { Supervisor } from './supervisor';

/**
 * Where a recommendation in the follow-up register comes from. A thematic supervision delegation
 * is one source; the law on supervisory activities makes the council follow up just as much what
 * an interpellation session or an explanation session concludes, what agencies promise voters,
 * and what a committee or the Standing Committee asks outside a delegation.
 */
export const SOURCE_KINDS = [
  'delegation',
  'interpellation',
  'explanation-session',
  'voter-petitions',
  'committee-supervision',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type Source = Readonly<{
  kind: SourceKind;
  /** The source's own id: the delegation's, the interpellation session's… */
  id: string;
  /** The part of the source the item comes from: a question asked at an interpellation. */
  partId?: string;
}>;

/**
 * What a source says about itself when an item is issued from it: whether it is on record, the
 * day before which nothing can come from it, who supervises through it, and the parts an item
 * may name with the day each was recorded.
 */
export type SourceStanding = Readonly<{
  kind: SourceKind;
  id: string;
  recorded: boolean;
  openedOn?: LocalDate;
  supervisor?: Supervisor;
  parts: Readonly<Record<string, LocalDate>>;
}>;
