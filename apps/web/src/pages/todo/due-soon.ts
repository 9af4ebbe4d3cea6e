import type { TrackerItem } from './tracker-item';

/** How far ahead the to-do list looks: the first reminder goes out 15 working days before. */
export const DUE_SOON_DAYS = 15;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Today's date in Việt Nam (YYYY-MM-DD), where the deadlines are counted. */
export const todayInVietnam = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);

/**
 * Recommendations still awaiting an answer whose deadline is today or within `days`, soonest
 * first; the overdue ones are listed apart.
 */
export const dueSoon = (
  items: readonly TrackerItem[],
  today: string,
  days = DUE_SOON_DAYS,
): TrackerItem[] =>
  items
    .filter((item) => !item.overdue)
    .filter((item) => {
      const left = dayNumber(item.responseDueOn) - dayNumber(today);
      return left >= 0 && left <= days;
    })
    .sort((a, b) => a.responseDueOn.localeCompare(b.responseDueOn));
