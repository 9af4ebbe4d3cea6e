/**
 * What GET /api/interpellations and GET /api/interpellations/:id answer, as far as these pages
 * read them. The API's OpenAPI document leaves both answers untyped (as it does a delegation's),
 * so the fields are named here, in the API's own spelling (libs/read-models, interpellations).
 */

import type { AgencyRef, Person } from '../delegations/delegation-view';
import type { Supervisor } from '../delegations/supervisor-bodies';

export interface LegalBasis {
  readonly number: string;
  readonly issuedOn: string;
  readonly issuedBy: string;
}

export interface InterpellationSummary {
  readonly id: string;
  readonly title: string;
  /** The council meeting it was part of: "Kỳ họp thứ 19, HĐND tỉnh Tây Ninh khóa X". */
  readonly meeting: string;
  readonly heldOn: string;
  readonly supervisor: Supervisor;
  /** The resolution adopted after the session; null until then. */
  readonly resolution: LegalBasis | null;
}

export interface Question {
  readonly id: string;
  readonly askedBy: string;
  readonly answeredBy: Person;
  readonly agency: AgencyRef;
  readonly question: string;
  readonly answer: string;
  readonly askedOn: string;
}

/** An item followed up from the session: a case of the register, where it stands now. */
export interface FollowedItem {
  readonly id: string;
  readonly text: string;
  readonly status: string;
  /** The question it follows from; null when it comes from the resolution as a whole. */
  readonly questionId: string | null;
  readonly agency: AgencyRef;
  readonly responseDueOn: string;
}

/** A case escalation placed before the session: part of its agenda. */
export interface AgendaCase {
  readonly recommendationId: string;
  readonly text: string;
  readonly agency: AgencyRef;
  readonly escalatedOn: string;
}

export interface InterpellationView extends InterpellationSummary {
  /** What the resolution requires of the agencies. */
  readonly resolutionSummary: string | null;
  readonly questions: readonly Question[];
  /** The register's cases escalated to this session, to be put to the agencies there. */
  readonly agenda: readonly AgendaCase[];
  readonly recommendations: readonly FollowedItem[];
}

/** The longest question a choice shows whole; a longer one is cut at a word, with "…". */
export const EXCERPT_LENGTH = 100;

/**
 * A question's opening words, for a choice that must fit one line of a phone: the clerk picks
 * "Câu hỏi 1 — Khi nào dữ liệu…" by the number the page's cards carry.
 */
export const excerpt = (text: string, max = EXCERPT_LENGTH): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
};
