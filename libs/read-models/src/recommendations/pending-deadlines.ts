import type { RecommendationTable } from '../database/tables';

type Tracks = Pick<
  RecommendationTable,
  'verification_track' | 'response_track' | 'implementation_track' | 'response_due_on'
>;

/**
 * The deadlines still to meet, as the domain's daysOverdue counts them: the response while one
 * is awaited, and the commitments not met while the work is not reported done and the response
 * was not a rejection; none once the case is closed. The tracker's `overdue`, `daysOverdue` and
 * `nextDueOn` read these, and so does the dashboard's overdue count (through `next_due_on`).
 */
export const pendingDeadlinesOf = (
  row: Tracks,
  unmetCommitmentDueDates: readonly string[],
): string[] => {
  if (row.verification_track !== 'unverified') return [];
  const unmet: string[] = [];
  if (row.response_track === 'awaiting-response') unmet.push(row.response_due_on);
  if (row.implementation_track !== 'reported-done' && row.response_track !== 'rejected')
    unmet.push(...unmetCommitmentDueDates);
  return unmet;
};

/** The earliest of some dates written YYYY-MM-DD; null when there are none. */
export const earliestOf = (dates: readonly string[]): string | null =>
  dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
