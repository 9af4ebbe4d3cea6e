import { askedDueDate, settleDueDate, WorkingCalendar, type SettledDueDate } from '../calendar';
import { ensure, type LocalDate, type RuleCode } from '../shared';
import type { RecommendationCommand } from './recommendation.commands';
import type { IssuedRecommendation, RecommendationState } from './recommendation.state';

/*
 * What every decision on a recommendation checks before its own rules: that the case exists and
 * is open, that its dates come in order, and how a due date is settled on the calendar.
 */

export type Open = IssuedRecommendation & { status: 'open' };

/** The law's calendar alone (weekends, fixed holidays), for a command that came without one. */
const STATUTORY_CALENDAR = new WorkingCalendar();

/**
 * A due date given as a date or in working days counted from `from`, settled on the calendar
 * the command carries: the date in force and, under `key`, what was asked when that differs.
 */
export const settle = (
  on: LocalDate | undefined,
  workingDays: number | undefined,
  from: LocalDate,
  calendar: WorkingCalendar | undefined,
): SettledDueDate =>
  settleDueDate(askedDueDate(on, workingDays), from, calendar ?? STATUTORY_CALENDAR);

export const ensureIssued = (state: RecommendationState): IssuedRecommendation => {
  ensure(
    state.status !== 'none',
    'recommendation.not-issued',
    'This recommendation has not been issued.',
  );
  return state;
};

export const ensureOpen = (state: RecommendationState): Open => {
  const issued = ensureIssued(state);
  ensure(
    issued.status === 'open',
    'recommendation.closed',
    'This recommendation is closed; reopen it first.',
  );
  return issued as Open;
};

export const ensureNotBeforeIssue = (state: IssuedRecommendation, date: string): void =>
  ensure(
    date >= state.issuedOn,
    'recommendation.date-before-issue',
    `${date} is before the recommendation was issued.`,
  );

/** `date` is not before `earlier` (when there is one): the decisions of a case come in order. */
export const ensureNotBefore = (
  date: LocalDate,
  earlier: LocalDate | undefined,
  code: RuleCode,
  message: string,
): void =>
  ensure(earlier === undefined || date >= earlier, code, `${date}: ${message} (${earlier}).`);

/**
 * Work is reported on what the agency accepted, so not before the response that accepted it;
 * a completion, not before the progress already reported.
 */
export const ensureReportInOrder = (state: Open, reportedOn: LocalDate): void => {
  ensureNotBeforeIssue(state, reportedOn);
  ensureNotBefore(
    reportedOn,
    state.responses.at(-1)?.respondedOn,
    'implementation.before-response',
    'work cannot be reported before the response that accepted it',
  );
};

/** The date each command is decided on; a transfer's is a succession's, which may lie ahead. */
export const businessDateOf = (command: RecommendationCommand): LocalDate | undefined => {
  switch (command.type) {
    case 'IssueRecommendation':
      return command.data.issuedOn;
    case 'RecordResponse':
      return command.data.respondedOn;
    case 'AssessResponse':
      return command.data.assessedOn;
    case 'ReportProgress':
    case 'ReportCompletion':
      return command.data.reportedOn;
    case 'CloseRecommendation':
      return command.data.closedOn;
    case 'ReopenRecommendation':
      return command.data.reopenedOn;
    case 'ExtendDeadline':
      return command.data.extendedOn;
    case 'Escalate':
      return command.data.escalatedOn;
    default:
      return undefined;
  }
};

export const ensureAccepted = (state: Open): void =>
  ensure(
    state.response === 'accepted' || state.response === 'partially-accepted',
    'recommendation.not-accepted',
    'Implementation is tracked only once the agency has accepted the recommendation.',
  );
