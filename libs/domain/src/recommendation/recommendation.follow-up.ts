import { settleDueDate, type WorkingCalendar } from '../calendar';
import type { Command, Event, LocalDate } from '../shared';
import { agencyAnsweringOn, type IssuedRecommendation } from './recommendation.state';

/**
 * Following up a recommendation's deadlines: reminders as a deadline nears, a record when it
 * passes. The sweep that asks for this runs again and again, on one worker or several; the
 * decision is idempotent — each reminder and each missed deadline is recorded once.
 */

/** Which deadline: the response, or one commitment by its id. */
export type DeadlineName = 'response' | `commitment:${string}`;

/** Reminders go out this many working days before a deadline (configurable in the sweep). */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [15, 7, 3];

export type ReminderIssued = Event<
  'ReminderIssued',
  {
    recommendationId: string;
    agencyId: string;
    deadline: DeadlineName;
    dueOn: LocalDate;
    /** The reminder's step: so many working days before the deadline, or fewer. */
    workingDaysBefore: number;
    /** Working days actually left when it was issued. */
    workingDaysLeft: number;
    issuedOn: LocalDate;
  }
>;

export type DeadlineMissed = Event<
  'DeadlineMissed',
  {
    recommendationId: string;
    agencyId: string;
    deadline: DeadlineName;
    dueOn: LocalDate;
    missedOn: LocalDate;
  }
>;

export type FollowUpEvent = ReminderIssued | DeadlineMissed;

export type FollowUpDeadlines = Command<
  'FollowUpDeadlines',
  { recommendationId: string; today: LocalDate; reminderDays: readonly number[] }
> &
  Readonly<{
    /** Working days, holidays and what the government announced; looked up by the application. */
    calendar: WorkingCalendar;
  }>;

/** The deadlines still unmet, as daysOverdue counts them. */
export const unmetDeadlines = (
  state: IssuedRecommendation,
): { deadline: DeadlineName; dueOn: LocalDate }[] => {
  if (state.status === 'closed') return [];
  const unmet: { deadline: DeadlineName; dueOn: LocalDate }[] = [];
  if (state.response === 'awaiting-response')
    unmet.push({ deadline: 'response', dueOn: state.responseDue.dueOn });
  if (state.implementation !== 'reported-done' && state.response !== 'rejected')
    for (const [id, due] of Object.entries(state.commitments))
      if (due.metOn === undefined) unmet.push({ deadline: `commitment:${id}`, dueOn: due.dueOn });
  return unmet;
};

/** What the state remembers of follow-ups, so that none is recorded twice. */
export const followUpKey = (event: FollowUpEvent): string =>
  event.type === 'ReminderIssued'
    ? `reminder:${event.data.deadline}@${event.data.dueOn}#${event.data.workingDaysBefore}`
    : `missed:${event.data.deadline}@${event.data.dueOn}`;

/**
 * For each unmet deadline: once its day has passed, DeadlineMissed; before, the reminder of the
 * nearest step it is within (a sweep that did not run on the 15th working day before sends the
 * 7-day one, not a late 15-day one); and each response deadline or commitment met after it
 * passed.
 * Nothing is still due on a closed recommendation.
 */
export const decideFollowUp = (
  command: FollowUpDeadlines,
  state: IssuedRecommendation,
): FollowUpEvent[] => {
  const { recommendationId, today } = command.data;
  // Reminders go to whoever must act now; a miss is charged to whoever held the case on its day.
  const agencyId = state.addressee.currentAgencyId;
  const steps = [...new Set(command.data.reminderDays)].filter((d) => d >= 0).sort((a, b) => a - b);
  // A due date recorded on a day off (logs from before dates were moved) runs to the next
  // working day, as the law reads it; the event still names the date as recorded.
  const passedBy = (dueOn: LocalDate, day: LocalDate) =>
    day > settleDueDate({ on: dueOn }, dueOn, command.calendar).dueOn;
  const missed = (deadline: DeadlineName, dueOn: LocalDate): DeadlineMissed => ({
    type: 'DeadlineMissed',
    data: {
      recommendationId,
      agencyId: agencyAnsweringOn(state, dueOn),
      deadline,
      dueOn,
      missedOn: today,
    },
  });
  const events: FollowUpEvent[] = [];
  // A deadline met after it passed was missed, though no sweep saw it unmet (the answer or the
  // completion was recorded first, or the case entered after the fact): the record says so, as
  // the scorecard counts it, charged to the agency that held the case on its due date.
  for (const { dueOn, answeredOn } of state.answeredResponseDeadlines)
    if (passedBy(dueOn, answeredOn)) events.push(missed('response', dueOn));
  for (const [id, { dueOn, metOn }] of Object.entries(state.commitments))
    if (metOn !== undefined && passedBy(dueOn, metOn))
      events.push(missed(`commitment:${id}`, dueOn));
  for (const { deadline, dueOn } of unmetDeadlines(state)) {
    if (passedBy(dueOn, today)) {
      events.push(missed(deadline, dueOn));
      continue;
    }
    const left = command.calendar.workingDaysBetween(today, dueOn);
    const step = steps.find((s) => left <= s);
    if (step === undefined) continue;
    events.push({
      type: 'ReminderIssued',
      data: {
        recommendationId,
        agencyId,
        deadline,
        dueOn,
        workingDaysBefore: step,
        workingDaysLeft: left,
        issuedOn: today,
      },
    });
  }
  // Once each: a fact already recorded, or named twice (two response deadlines on one date, as
  // a log from before new response dates were required can hold), is recorded once.
  const keys = new Set(state.followUps);
  return events.filter((event) => {
    const key = followUpKey(event);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
};
