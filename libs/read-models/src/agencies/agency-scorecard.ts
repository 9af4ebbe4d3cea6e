import { businessDateOf, daysBetween } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb } from '../database/read-model-database';
import type {
  CaseHandoverTable,
  RecommendationTable,
  ResponseDeadlineTable,
} from '../database/tables';

/**
 * How an agency answers the council: the measures councils report (docs/domain-rules.md). A succession
 * does not move history: what an agency received, and each response deadline that fell while
 * it held the case, stay on its own card; its successor's card shows what was passed in.
 */
export interface Scorecard {
  /** Recommendations addressed to it when they were issued. */
  readonly received: number;
  /** Recommendations passed to it by the succession of their addressee. */
  readonly passedIn: number;
  /** Recommendations it passed on to its successor. */
  readonly passedOn: number;
  /**
   * Of the response deadlines that fell while it held the case (the first, and each new one
   * after an unsatisfactory assessment, as extended): answered by then, by whoever answered.
   */
  readonly respondedOnTime: number;
  /** Of those deadlines: answered after it, or unanswered past it (while the case was open). */
  readonly late: number;
  /** Recommendations it answers for now, not yet closed by the secretariat's verification. */
  readonly open: number;
  /** Mean calendar days from issue to first response, over those it answered; null if none. */
  readonly meanDaysToRespond: number | null;
  /** respondedOnTime over its deadlines due or answered; null if none is due yet. */
  readonly onTimeRate: number | null;
}

export type ScorecardRow = Pick<
  RecommendationTable,
  | 'id'
  | 'original_agency_id'
  | 'current_agency_id'
  | 'issued_on'
  | 'response_due_on'
  | 'first_responded_on'
  | 'verification_track'
  | 'closed_on'
>;

export type ScorecardDeadline = Pick<
  ResponseDeadlineTable,
  'recommendation_id' | 'opened_by' | 'due_on' | 'answered_on'
>;

/** `opened_by` of the deadline the issue set (the others name the response assessed). */
export const FIRST_DEADLINE = 'issue';

export type ScorecardHandover = Pick<
  CaseHandoverTable,
  'case_id' | 'from_agency_id' | 'to_agency_id' | 'effective_on' | 'position'
>;

/** What a card is counted from: the JavaScript tally here and the dashboard's SQL sums alike. */
export interface ScorecardTally {
  received: number;
  passedIn: number;
  passedOn: number;
  onTime: number;
  late: number;
  open: number;
  /** Days to the first response, summed over `responses` recommendations. */
  daysToRespond: number;
  responses: number;
}

export const emptyTally = (): ScorecardTally => ({
  received: 0,
  passedIn: 0,
  passedOn: 0,
  onTime: 0,
  late: 0,
  open: 0,
  daysToRespond: 0,
  responses: 0,
});

/** The card a tally makes: the rates rounded as councils report them. */
export const cardOf = (t: ScorecardTally): Scorecard => {
  const due = t.onTime + t.late;
  return {
    received: t.received,
    passedIn: t.passedIn,
    passedOn: t.passedOn,
    respondedOnTime: t.onTime,
    late: t.late,
    open: t.open,
    meanDaysToRespond:
      t.responses === 0 ? null : Math.round((t.daysToRespond / t.responses) * 10) / 10,
    onTimeRate: due === 0 ? null : Math.round((t.onTime / due) * 1000) / 1000,
  };
};

/**
 * Pure: every agency's scorecard on `today`, from the recommendations, their response deadlines
 * and the handovers of those passed on. Each response deadline is charged to the agency that
 * held the case on its due date: on time if answered by then, late if answered after, or if
 * still unanswered when the day passed (before today, or before the case was closed).
 */
export const scorecardsOf = (
  rows: readonly ScorecardRow[],
  deadlines: readonly ScorecardDeadline[],
  handovers: readonly ScorecardHandover[],
  today: string,
): Map<string, Scorecard> => {
  const tallies = new Map<string, ScorecardTally>();
  const tally = (agencyId: string) => {
    let t = tallies.get(agencyId);
    if (!t) tallies.set(agencyId, (t = emptyTally()));
    return t;
  };
  const handoversOf = new Map<string, ScorecardHandover[]>();
  for (const h of [...handovers].sort((a, b) => a.position - b.position)) {
    const list = handoversOf.get(h.case_id);
    if (list) list.push(h);
    else handoversOf.set(h.case_id, [h]);
  }
  const deadlinesOf = new Map<string, ScorecardDeadline[]>();
  for (const d of deadlines) {
    const list = deadlinesOf.get(d.recommendation_id);
    if (list) list.push(d);
    else deadlinesOf.set(d.recommendation_id, [d]);
  }
  for (const r of rows) {
    const passed = handoversOf.get(r.id) ?? [];
    tally(r.original_agency_id).received += 1;
    for (const h of passed) {
      tally(h.from_agency_id).passedOn += 1;
      tally(h.to_agency_id).passedIn += 1;
    }
    if (r.verification_track === 'unverified') tally(r.current_agency_id).open += 1;
    const answeringOn = (date: string) =>
      passed.reduce(
        (agencyId, h) => (h.effective_on <= date ? h.to_agency_id : agencyId),
        r.original_agency_id,
      );
    // A deadline still open on a closed case stopped running on the day it was closed.
    const openUntil = r.verification_track === 'unverified' ? today : (r.closed_on ?? today);
    for (const d of deadlinesOf.get(r.id) ?? []) {
      if (d.answered_on !== null) {
        const t = tally(answeringOn(d.due_on));
        if (d.answered_on <= d.due_on) t.onTime += 1;
        else t.late += 1;
      } else if (d.due_on < openUntil) {
        tally(answeringOn(d.due_on)).late += 1;
      }
    }
    // Days to respond: to the first response, on the card charged with the first deadline.
    const first = deadlinesOf.get(r.id)?.find((d) => d.opened_by === FIRST_DEADLINE);
    if (r.first_responded_on !== null && first) {
      const t = tally(answeringOn(first.due_on));
      t.daysToRespond += daysBetween(r.issued_on, r.first_responded_on);
      t.responses += 1;
    }
  }
  return new Map([...tallies].map(([agencyId, t]) => [agencyId, cardOf(t)]));
};

/** The scorecard of an agency with nothing on record. */
export const EMPTY_SCORECARD: Scorecard = cardOf(emptyTally());

export const SCORECARD_COLUMNS = [
  'id',
  'original_agency_id',
  'current_agency_id',
  'issued_on',
  'response_due_on',
  'first_responded_on',
  'verification_track',
  'closed_on',
] as const;

export const SCORECARD_DEADLINE_COLUMNS = [
  'recommendation_id',
  'opened_by',
  'due_on',
  'answered_on',
] as const;

/**
 * One agency's card: the recommendations it was ever addressed, with their handovers. An agency
 * no succession touched was addressed exactly the cases it answers for now, which the index by
 * current addressee serves; the others are looked up by original addressee and handovers too.
 */
export const agencyScorecard = async (
  db: ReadModelDb,
  clock: Clock,
  agencyId: string,
): Promise<Scorecard> => {
  const today = businessDateOf(clock.now());
  const passedBy = db
    .selectFrom('case_handovers')
    .select('case_id')
    .where('case_kind', '=', 'recommendation')
    .where((eb) => eb.or([eb('from_agency_id', '=', agencyId), eb('to_agency_id', '=', agencyId)]));
  const touched = await passedBy.limit(1).executeTakeFirst();
  const mine = db
    .selectFrom('recommendations')
    .where((eb) =>
      touched
        ? eb.or([
            eb('original_agency_id', '=', agencyId),
            eb('current_agency_id', '=', agencyId),
            eb('id', 'in', passedBy),
          ])
        : eb('current_agency_id', '=', agencyId),
    );
  const [rows, deadlines, handovers] = await Promise.all([
    mine.select(SCORECARD_COLUMNS).execute(),
    db
      .selectFrom('response_deadlines')
      .select(SCORECARD_DEADLINE_COLUMNS)
      .where('recommendation_id', 'in', mine.select('id'))
      .execute(),
    touched
      ? db
          .selectFrom('case_handovers')
          .select(['case_id', 'from_agency_id', 'to_agency_id', 'effective_on', 'position'])
          .where('case_kind', '=', 'recommendation')
          .where('case_id', 'in', mine.select('id'))
          .execute()
      : [],
  ]);
  return scorecardsOf(rows, deadlines, handovers, today).get(agencyId) ?? EMPTY_SCORECARD;
};
