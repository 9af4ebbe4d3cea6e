import { assertNever } from '../shared';
import type { CalendarEvent } from './calendar.events';
import type { CalendarState } from './calendar.state';

export const evolveCalendar = (state: CalendarState, event: CalendarEvent): CalendarState => {
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
};
