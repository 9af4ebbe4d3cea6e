import { LOCALES, type Language } from './languages';

/** The council's time zone: an instant is shown as the date it was there. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as dd/mm/yyyy, in both languages. The API's dates (`2024-04-02`) are calendar dates
 * in Việt Nam and are only rearranged; instants (`2024-04-02T01:30:00Z`) are shown as the date
 * they fell on in Asia/Ho_Chi_Minh, whatever the browser's own time zone.
 */
export const formatDate = (value: string): string => {
  const local = LOCAL_DATE.exec(value);
  if (local) return `${local[3]}/${local[2]}/${local[1]}`;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year}`;
};

/** A number as the language writes it: 84,72 and 1.234 in Vietnamese; 84.72 and 1,234 in English. */
export const formatNumber = (value: number, language: Language, fractionDigits?: number): string =>
  new Intl.NumberFormat(LOCALES[language], {
    ...(fractionDigits !== undefined && {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }),
  }).format(value);

/** An instant as dd/mm/yyyy hh:mm (or hh:mm:ss), the time as it was in Việt Nam. */
export const formatDateTime = (value: string, { seconds = false } = {}): string => {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const time = `${parts.hour}:${parts.minute}${seconds ? `:${parts.second}` : ''}`;
  return `${formatDate(value)} ${time}`;
};

/** Today in Việt Nam as YYYY-MM-DD: what a date field starts at, as the API counts days. */
export const todayInVietnam = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
