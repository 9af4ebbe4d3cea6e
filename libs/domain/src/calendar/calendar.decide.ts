import { assertNever, ensure, hasText, isLocalDate } from '../shared';
import type { CalendarCommand } from './calendar.commands';
import type { CalendarEvent } from './calendar.events';
import type { CalendarState } from './calendar.state';

export const decideCalendar = (command: CalendarCommand, state: CalendarState): CalendarEvent[] => {
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
      ensure(hasText(command.data.reason), 'calendar.reason-required', 'Say why it is withdrawn.');
      return [{ type: 'CalendarAdjustmentWithdrawn', data: command.data }];
    default:
      return assertNever(command);
  }
};
