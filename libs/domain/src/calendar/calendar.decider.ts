import type { Decider } from '../shared';
import type { CalendarCommand } from './calendar.commands';
import { decideCalendar } from './calendar.decide';
import type { CalendarEvent } from './calendar.events';
import { evolveCalendar } from './calendar.evolve';
import { initialCalendarState, type CalendarState } from './calendar.state';

export const calendarDecider: Decider<CalendarCommand, CalendarEvent, CalendarState> = {
  decide: decideCalendar,
  evolve: evolveCalendar,
  initialState: initialCalendarState,
};
