/**
 * What GET /api/explanation-sessions(/:id) and GET /api/committee-supervisions(/:id) answer, as
 * these pages read them. The API's document leaves these answers untyped (as a delegation's, see
 * delegation-view.ts), so the fields are named here, in the API's own spelling.
 */

import type { AgencyRef } from '../delegations/delegation-view';
import type { Supervisor, SupervisingBody } from '../delegations/SupervisorFields';

/** An item the council follows up from the source, as the register has it now. */
export interface FollowedItem {
  readonly id: string;
  readonly text: string;
  readonly status: string;
  readonly agency: AgencyRef;
  readonly responseDueOn: string;
}

/** A case escalation placed before an explanation session: its agenda. */
export interface AgendaCase {
  readonly recommendationId: string;
  readonly text: string;
  readonly agency: AgencyRef;
  readonly escalatedOn: string;
}

export interface ExplanationSessionSummary {
  readonly id: string;
  readonly issue: string;
  readonly agency: AgencyRef;
  readonly heldOn: string;
  readonly supervisor: Supervisor;
  readonly concludedOn: string | null;
}

export interface ExplanationSessionView extends ExplanationSessionSummary {
  readonly conclusion: string | null;
  readonly agenda: readonly AgendaCase[];
  readonly recommendations: readonly FollowedItem[];
}

export interface CommitteeSupervisionSummary {
  readonly id: string;
  readonly topic: string;
  readonly supervisor: Supervisor;
  readonly startedOn: string;
  readonly concludedOn: string | null;
}

export interface CommitteeSupervisionView extends CommitteeSupervisionSummary {
  readonly conclusion: string | null;
  readonly recommendations: readonly FollowedItem[];
}

/**
 * Who holds an explanation session or supervises outside a delegation: the Standing Committee
 * or one of the council's committees (the API refuses the council, a group or a deputy).
 */
export const COMMITTEE_BODIES: readonly SupervisingBody[] = ['standing-committee', 'committee'];

/** The supervisor a new session or supervision starts with: the provincial Standing Committee. */
export const STANDING_COMMITTEE: Supervisor = { body: 'standing-committee', level: 'province' };
