/*
 * The instants a case page can be read at. The address holds an instant as the API takes it
 * (ISO 8601, UTC); a reader types one as a date and a time in Việt Nam, to the second: steps
 * recorded a few seconds apart are told apart.
 */

/** Việt Nam's offset from UTC: no daylight saving, so a constant. */
const VIETNAM_OFFSET = '+07:00';
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a date (YYYY-MM-DD) and a time (HH:mm or HH:mm:ss) in Việt Nam name, or null. */
export const instantOf = (date: string | null, time: string): string | null => {
  if (date === null || !DATE.test(date) || !TIME.test(time)) return null;
  const seconds = time.length === 5 ? `${time}:00` : time;
  const instant = new Date(`${date}T${seconds}${VIETNAM_OFFSET}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
};

/** The date and the time (HH:mm:ss) an instant was in Việt Nam: what the fields show for it. */
export const partsOf = (instant: string): { date: string; time: string } => {
  const shifted = new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 19) };
};

/** An instant the address may hold: ISO 8601 that a Date reads, else null (ignored). */
export const instantFromAddress = (value: string | null): string | null =>
  value !== null &&
  /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) &&
  !Number.isNaN(new Date(value).getTime())
    ? new Date(value).toISOString()
    : null;

/** Just before a step was recorded: the case as it stood when that step was about to be taken. */
export const justBefore = (recordedAt: string): string =>
  new Date(new Date(recordedAt).getTime() - 1).toISOString();
