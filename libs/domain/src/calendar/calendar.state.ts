import type { LocalDate } from '../shared';
import type { CalendarAdjustment } from './working-calendar';

/** What is announced for each day, once withdrawals are taken out. */
export type CalendarState = Readonly<{
  adjustments: Readonly<Record<LocalDate, CalendarAdjustment>>;
}>;

export const initialCalendarState: CalendarState = { adjustments: {} };
