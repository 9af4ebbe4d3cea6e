import { assertNever, ensure, hasText, isLocalDate, type Decider, type LocalDate } from '../shared';
import type { CalendarAdjustment } from './working-calendar';

/**
 * The announced calendar (stream `calendar-vn`): the days off and make-up working days the
 * government announces each year, recorded as they are announced and withdrawn with a reason
 * when a decision changes — never edited.
 */
export type CalendarAdjustmentAnnounced = Readonly<{
  type: 'CalendarAdjustmentAnnounced';
  data: CalendarAdjustment & Readonly<{ announcedOn: LocalDate }>;
}>;

export type CalendarAdjustmentWithdrawn = Readonly<{
  type: 'CalendarAdjustmentWithdrawn';
  data: Readonly<{ date: LocalDate; reason: string; withdrawnOn: LocalDate }>;
}>;

export type CalendarEvent = CalendarAdjustmentAnnounced | CalendarAdjustmentWithdrawn;

export type CalendarCommand =
  | Readonly<{ type: 'AnnounceCalendarAdjustment'; data: CalendarAdjustmentAnnounced['data'] }>
  | Readonly<{ type: 'WithdrawCalendarAdjustment'; data: CalendarAdjustmentWithdrawn['data'] }>;

export type CalendarState = Readonly<{
  adjustments: Readonly<Record<LocalDate, CalendarAdjustment>>;
}>;

export const CALENDAR_STREAM_ID = 'calendar-vn';

export const calendarDecider: Decider<CalendarCommand, CalendarEvent, CalendarState> = {
  initialState: { adjustments: {} },
  decide: (command, state) => {
    switch (command.type) {
      case 'AnnounceCalendarAdjustment': {
        const { date, kind, basis } = command.data;
        ensure(isLocalDate(date), 'calendar.date-invalid', 'The date is not a calendar date.');
        ensure(hasText(basis), 'calendar.basis-required', 'Name the decision that announced it.');
        ensure(
          state.adjustments[date] === undefined,
          'calendar.date-already-adjusted',
          'This day already has an announcement; withdraw it first.',
        );
        ensure(
          kind === 'day-off' || kind === 'working-day',
          'calendar.kind-unknown',
          'An announcement makes a day off or a working day.',
        );
        return [{ type: 'CalendarAdjustmentAnnounced', data: command.data }];
      }
      case 'WithdrawCalendarAdjustment':
        ensure(
          state.adjustments[command.data.date] !== undefined,
          'calendar.no-adjustment',
          'Nothing was announced for this day.',
        );
        ensure(
          hasText(command.data.reason),
          'calendar.reason-required',
          'Say why it is withdrawn.',
        );
        return [{ type: 'CalendarAdjustmentWithdrawn', data: command.data }];
      default:
        return assertNever(command);
    }
  },
  evolve: (state, event) => {
    switch (event.type) {
      case 'CalendarAdjustmentAnnounced': {
        const { date, kind, basis } = event.data;
        return { adjustments: { ...state.adjustments, [date]: { date, kind, basis } } };
      }
      case 'CalendarAdjustmentWithdrawn': {
        const { [event.data.date]: _withdrawn, ...rest } = state.adjustments;
        return { adjustments: rest };
      }
      default:
        return assertNever(event);
    }
  },
};
