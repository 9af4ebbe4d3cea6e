import type { Clock } from '@hdnd/event-store';

/** Business dates are calendar dates in Vietnam, wherever the server runs. */
export const BUSINESS_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The local date (YYYY-MM-DD) in Asia/Ho_Chi_Minh at `instant`. */
export const businessDateOf = (instant: Date): string => format.format(instant);

export const businessToday = (clock: Clock): string => businessDateOf(clock.now());
