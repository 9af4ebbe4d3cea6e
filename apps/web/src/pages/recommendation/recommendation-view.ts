import type { HistoryStep } from '../../forms';
import type { Supervisor } from '../delegations/supervisor-bodies';
import type { RecommendationSummary } from '../tracker/recommendation-summary';

/*
 * What GET /api/recommendations/{id} answers, as far as this page reads it. The API's OpenAPI
 * document does not describe the view yet (its 200 is untyped), so the fields are named here,
 * by the API's own spelling (libs/read-models, recommendation-views.ts).
 */

export interface AgencyRef {
  readonly id: string;
  readonly name: string | null;
}

/** One step of the case as the API records it: the event's own fields beside who and when. */
export interface TimelineEntry extends HistoryStep {
  readonly on: string;
  readonly actor: HistoryStep['actor'] & { readonly role?: string; readonly agency?: AgencyRef };
  readonly agency?: AgencyRef;
  readonly fromAgency?: AgencyRef;
  readonly toAgency?: AgencyRef;
  readonly [field: string]: unknown;
}

export interface Tracks {
  readonly response: string;
  readonly implementation: string;
  readonly verification: string;
}

export interface RecommendationView {
  readonly id: string;
  readonly revision: number;
  /** The delegation it comes from; null for an item from another source. */
  readonly delegationId: string | null;
  /** Where it comes from: a delegation, an interpellation session… with its title. */
  readonly source: RecommendationSummary['source'];
  /** Who supervises through its source. */
  readonly supervisor: Supervisor;
  readonly text: string;
  readonly status: string;
  readonly tracks: Tracks;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly issuedOn: string;
  readonly responseDueOn: string;
  readonly originalResponseDueOn: string;
  readonly addresseeAgencies: { readonly original: AgencyRef; readonly current: AgencyRef };
  readonly escalationStep: string | null;
  readonly percent: number | null;
  /**
   * The chain it is part of: what it carries on from, the sessions escalation placed it before,
   * and the items committed there that carry it on. Absent from a view of before the API had it.
   */
  readonly chain?: {
    readonly followsUp: { readonly id: string; readonly text: string } | null;
    readonly sessions: readonly {
      readonly kind: string;
      readonly id: string;
      readonly title: string | null;
      readonly escalatedOn: string;
    }[];
    readonly followUps: readonly {
      readonly id: string;
      readonly text: string;
      readonly status: string;
      readonly source: {
        readonly kind: string;
        readonly id: string;
        readonly title: string | null;
      };
    }[];
  };
  readonly origin: {
    readonly delegation: {
      readonly id: string;
      readonly title: string;
      readonly legalBasis: {
        readonly number: string;
        readonly issuedOn: string;
        readonly issuedBy: string;
      };
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
      readonly surveyId: string | null;
    }[];
  };
  readonly commitments: readonly {
    readonly id: string;
    readonly text: string;
    readonly dueOn: string;
    readonly originalDueOn: string;
    readonly metOn: string | null;
  }[];
  readonly responses: readonly {
    readonly id: string;
    readonly respondedOn: string;
    readonly position: string;
    readonly assessment: { readonly verdict: string } | null;
  }[];
  readonly timeline: readonly TimelineEntry[];
}

/** Whether the case is closed: a verification outcome is on record (until it is reopened). */
export const isClosed = (view: Pick<RecommendationView, 'tracks'>) =>
  view.tracks.verification !== 'unverified';

/** The query key of one recommendation's page; its forms refetch it once they record. */
export const recommendationKey = (id: string) => ['recommendation', id] as const;

/**
 * The deadline an overdue case has missed, to say which one "Quá hạn N ngày" counts from: the
 * response's while none has come, else the earliest commitment not yet met.
 */
export const missedDeadline = (
  view: Pick<RecommendationView, 'responses' | 'responseDueOn' | 'commitments'>,
): string => {
  if (view.responses.length === 0) return view.responseDueOn;
  const unmet = view.commitments
    .filter((commitment) => commitment.metOn === null)
    .map((commitment) => commitment.dueOn)
    .sort();
  return unmet[0] ?? view.responseDueOn;
};
