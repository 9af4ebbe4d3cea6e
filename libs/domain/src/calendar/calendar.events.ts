import type { Event, LocalDate } from '../shared';
import type { CalendarAdjustment } from './working-calendar';

/**
 * The announced calendar (stream `calendar-vn`): the days off and make-up working days the
 * government announces each year, recorded as they are announced and withdrawn with a reason
 * when a decision changes — never edited.
 */
export const CALENDAR_STREAM_ID = 'calendar-vn';

export type CalendarAdjustmentAnnounced = Event<
  'CalendarAdjustmentAnnounced',
  CalendarAdjustment & { announcedOn: LocalDate }
>;

export type CalendarAdjustmentWithdrawn = Event<
  'CalendarAdjustmentWithdrawn',
  { date: LocalDate; reason: string; withdrawnOn: LocalDate }
>;

export type CalendarEvent = CalendarAdjustmentAnnounced | CalendarAdjustmentWithdrawn;
