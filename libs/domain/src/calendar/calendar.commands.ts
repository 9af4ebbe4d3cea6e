import type { Command } from '../shared';
import type { CalendarAdjustmentAnnounced, CalendarAdjustmentWithdrawn } from './calendar.events';

// Each command's data is exactly what its event records: the event's type is the one source.
export type AnnounceCalendarAdjustment = Command<
  'AnnounceCalendarAdjustment',
  CalendarAdjustmentAnnounced['data']
>;
export type WithdrawCalendarAdjustment = Command<
  'WithdrawCalendarAdjustment',
  CalendarAdjustmentWithdrawn['data']
>;

export type CalendarCommand = AnnounceCalendarAdjustment | WithdrawCalendarAdjustment;
