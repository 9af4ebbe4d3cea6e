import { businessDateOf, daysBetween } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { ReadModelDb } from '../database/read-model-database';
import type { RecommendationTable } from '../database/tables';

/** How an agency answers the council: the measures councils report (DOMAIN.md). */
export interface Scorecard {
  /** Recommendations it answers for now (its own, and those passed to it by succession). */
  readonly received: number;
  readonly respondedOnTime: number;
  /** Answered after the due date in force, or still unanswered past it. */
  readonly late: number;
  /** Not yet closed by the secretariat's verification. */
  readonly open: number;
  /** Mean calendar days from issue to first response, over those answered; null if none. */
  readonly meanDaysToRespond: number | null;
  /** respondedOnTime over those whose response is due or in; null if none is due yet. */
  readonly onTimeRate: number | null;
}

type Row = Pick<
  RecommendationTable,
  | 'issued_on'
  | 'response_due_on'
  | 'first_responded_on'
  | 'due_at_first_response'
  | 'verification_track'
>;

/** Pure: the scorecard of these recommendations on `today`. */
export const scorecardOf = (rows: readonly Row[], today: string): Scorecard => {
  const answered = rows.filter((r) => r.first_responded_on !== null);
  const onTime = answered.filter((r) => r.first_responded_on! <= r.due_at_first_response!).length;
  const lateAnswered = answered.length - onTime;
  const lateUnanswered = rows.filter(
    (r) => r.first_responded_on === null && r.response_due_on < today,
  ).length;
  const due = answered.length + lateUnanswered;
  const days = answered.map((r) => daysBetween(r.issued_on, r.first_responded_on!));
  return {
    received: rows.length,
    respondedOnTime: onTime,
    late: lateAnswered + lateUnanswered,
    open: rows.filter((r) => r.verification_track === 'unverified').length,
    meanDaysToRespond:
      days.length === 0
        ? null
        : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
    onTimeRate: due === 0 ? null : Math.round((onTime / due) * 1000) / 1000,
  };
};

export const agencyScorecard = async (
  db: ReadModelDb,
  clock: Clock,
  agencyId: string,
): Promise<Scorecard> => {
  const rows = await db
    .selectFrom('recommendations')
    .select([
      'issued_on',
      'response_due_on',
      'first_responded_on',
      'due_at_first_response',
      'verification_track',
    ])
    .where('current_agency_id', '=', agencyId)
    .execute();
  return scorecardOf(rows, businessDateOf(clock.now()));
};
