import type {
  DeadlineExtended,
  Indicator,
  LegalBasis,
  RecommendationClosed,
  RecommendationEscalated,
  RecommendationReopened,
  SourceKind,
  SupervisingBody,
  CouncilLevel,
  Supervisor,
} from '@hdnd/domain';
import type { PageRequest } from '../runner/paging';
import type { AgencyRef, HistoryEntry } from '../history/history-entry';

/* What the tracker answers: a recommendation in a list, in full, and what a list may ask for. */

export interface RecommendationSummary {
  readonly id: string;
  /** The delegation it comes from; null for an item from another source. */
  readonly delegationId: string | null;
  /** Where it comes from: a delegation, an interpellation session… with its title. */
  readonly source: {
    readonly kind: SourceKind;
    readonly id: string;
    /** The part of the source named: the question at an interpellation. */
    readonly partId: string | null;
    readonly title: string | null;
  };
  /** Who supervises through its source: the council, its Standing Committee, a committee… */
  readonly supervisor: Supervisor;
  readonly text: string;
  readonly status: string;
  readonly tracks: {
    readonly response: string;
    readonly implementation: string;
    readonly verification: string;
  };
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly issuedOn: string;
  readonly responseDueOn: string;
  readonly originalResponseDueOn: string;
  readonly addressee: { readonly original: string; readonly current: string };
  /** The addressee's agencies by name, beside the ids of `addressee`. */
  readonly addresseeAgencies: { readonly original: AgencyRef; readonly current: AgencyRef };
  readonly escalationStep: string | null;
  readonly percent: number | null;
  /**
   * The earliest deadline still to meet (the response awaited, or an unmet commitment while the
   * work is not reported done), what the `dueBefore`/`dueAfter` filters look at; null on a
   * closed case or one with nothing due.
   */
  readonly nextDueOn: string | null;
}

/** What the clerk wrote with an event, without the recommendation's id. */
export type Written<E extends { data: { recommendationId: string } }> = Readonly<
  Omit<E['data'], 'recommendationId'>
>;

export interface RecommendationView extends RecommendationSummary {
  /**
   * The chain it is part of: what it carries on from, the sessions (explanation, interpellation)
   * escalation placed it before, and the items committed there that carry it on.
   */
  readonly chain: {
    readonly followsUp: { readonly id: string; readonly text: string } | null;
    readonly sessions: readonly {
      readonly kind: SourceKind;
      readonly id: string;
      readonly title: string | null;
      readonly escalatedOn: string;
    }[];
    readonly followUps: readonly {
      readonly id: string;
      readonly text: string;
      readonly status: string;
      readonly source: {
        readonly kind: SourceKind;
        readonly id: string;
        readonly title: string | null;
      };
    }[];
  };
  readonly origin: {
    readonly delegation: {
      readonly id: string;
      readonly title: string;
      readonly legalBasis: LegalBasis;
    } | null;
    readonly surveys: readonly {
      readonly id: string;
      readonly date: string;
      readonly agencyIds: readonly string[];
    }[];
    readonly findings: readonly {
      readonly id: string;
      readonly kind: string;
      readonly statement: string;
      readonly indicators: readonly Indicator[];
      readonly surveyId: string | null;
    }[];
  };
  readonly commitments: readonly {
    readonly id: string;
    readonly text: string;
    readonly dueOn: string;
    readonly originalDueOn: string;
    /** The day a completion report met it; it stays met through a reopening. */
    readonly metOn: string | null;
  }[];
  readonly responses: readonly {
    readonly id: string;
    readonly agencyId: string;
    readonly agency: AgencyRef;
    readonly respondedOn: string;
    readonly position: string;
    readonly text: string;
    readonly assessment: {
      readonly verdict: string;
      readonly assessedOn: string;
      readonly note: string;
    } | null;
  }[];
  readonly progress: readonly {
    readonly kind: string;
    readonly reportedOn: string;
    readonly text: string;
    readonly percent: number | null;
    readonly evidence: readonly unknown[];
  }[];
  /** Due dates moved: which, from and to what, why and who approved it. */
  readonly extensions: readonly Written<DeadlineExtended>[];
  /** Steps up the escalation ladder, with the clerk's note (the letter sent, say). */
  readonly escalations: readonly Written<RecommendationEscalated>[];
  /** Each verification: its outcome and the secretariat's assessment. */
  readonly closures: readonly Written<RecommendationClosed>[];
  readonly reopenings: readonly Written<RecommendationReopened>[];
  /** Each step as data (history/history-entry.ts), with `summary`: one English line, for the contract. */
  readonly timeline: readonly (HistoryEntry & { readonly summary: string })[];
}

export type RecommendationSort = 'issuedOn' | '-issuedOn' | 'responseDueOn' | '-responseDueOn';

export interface RecommendationFilter extends PageRequest {
  readonly status?: string;
  /**
   * Every case the agency was addressed or answers for: as original addressee, as current one,
   * or as an addressee in between that passed it on by succession.
   */
  readonly agencyId?: string;
  /** Only the cases the agency answers for now (what an agency user sees). */
  readonly answeringAgencyId?: string;
  /** One delegation's cases, or (a report over several delegations) any of several. */
  readonly delegationId?: string | readonly string[];
  /** Only items from this kind of source: delegations, interpellation sessions… */
  readonly sourceKind?: SourceKind;
  /** Only items followed up in this body's name, at this level. */
  readonly supervisingBody?: SupervisingBody;
  readonly level?: CouncilLevel;
  readonly overdue?: boolean;
  /**
   * A deadline still to meet (a response awaited, or a commitment unmet while the work is not
   * reported done) falls on or after `dueAfter` and on or before `dueBefore`: the same deadline,
   * so a window asks for one deadline inside it. Both are local dates, both bounds included.
   */
  readonly dueAfter?: string;
  readonly dueBefore?: string;
  /** Not closed: no verification outcome yet (a reopened case is open again). */
  readonly open?: boolean;
  /** A response recorded and not assessed yet, on an open case. */
  readonly awaitingAssessment?: boolean;
  /** Completion reported, waiting for the secretariat's verification. */
  readonly awaitingVerification?: boolean;
  /** Issued on or after this local date (a report's period). */
  readonly issuedFrom?: string;
  /** Issued on or before this local date. */
  readonly issuedTo?: string;
  readonly q?: string;
  readonly sort?: RecommendationSort;
}
