import { daysBetween, type LocalDate } from '../shared';
import type { IssuedRecommendation } from './recommendation.state';

/**
 * How long an agency has to send a new response after one is judged unsatisfactory, when the
 * assessment names no date: 10 working days, two working weeks. It was 15 calendar days, which
 * is as long in an ordinary fortnight but shrank to a few working days across Tết or 30/4–1/5;
 * answer periods in administrative practice are stated in working days.
 */
export const RESUBMISSION_WORKING_DAYS = 10;

/**
 * Days past the earliest deadline still unmet on `today` (a local date in Asia/Ho_Chi_Minh):
 * the response while one is awaited, and any commitment not yet met while the work is not
 * reported done (a commitment met before a reopening stays met).
 * Zero when nothing is overdue or the recommendation is closed.
 */
export const daysOverdue = (state: IssuedRecommendation, today: LocalDate): number => {
  if (state.status === 'closed') return 0;
  const unmet: LocalDate[] = [];
  if (state.response === 'awaiting-response') unmet.push(state.responseDue.dueOn);
  if (state.implementation !== 'reported-done' && state.response !== 'rejected') {
    unmet.push(
      ...Object.values(state.commitments)
        .filter((c) => c.metOn === undefined)
        .map((c) => c.dueOn),
    );
  }
  const late = unmet.map((dueOn) => daysBetween(dueOn, today)).filter((d) => d > 0);
  return late.length === 0 ? 0 : Math.max(...late);
};

export const isOverdue = (state: IssuedRecommendation, today: LocalDate): boolean =>
  daysOverdue(state, today) > 0;
