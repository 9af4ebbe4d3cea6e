import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@hdnd/domain';

/**
 * The one form this API reads an instant in: `YYYY-MM-DDTHH:mm:ss`, optionally a fraction of 1–9
 * digits, then `Z` or an offset `±hh:mm`. ISO-8601 allows many more (week dates, ordinal dates,
 * the basic form without separators, no offset at all) that JavaScript's Date cannot read or
 * reads in the server's own time zone; each of those once answered 500. One strict form, checked
 * field by field, leaves nothing for Date to guess.
 */
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export const INSTANT_FORM = 'YYYY-MM-DDTHH:mm:ss(.sss)Z or ±hh:mm';

/** Vietnam has kept UTC+7, without daylight saving, since 1975: a day there starts at 00:00+07:00. */
const VIETNAM_OFFSET = '+07:00';

/** The instant `text` names, if it is written in the one accepted form and is a real time. */
export const parseInstant = (text: unknown): Date | undefined => {
  if (typeof text !== 'string') return undefined;
  const match = INSTANT.exec(text);
  if (!match || !isLocalDate(match[1])) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
};

/** The first instant of a date in Vietnam. */
export const startOfDay = (date: string): Date => new Date(`${date}T00:00:00${VIETNAM_OFFSET}`);

/** The last millisecond of a date in Vietnam. */
export const endOfDay = (date: string): Date => new Date(`${date}T23:59:59.999${VIETNAM_OFFSET}`);

/** An instant, or a calendar date that a caller's reading of it turns into one. */
export const isInstantOrDate = (value: unknown): value is string =>
  isLocalDate(value) || parseInstant(value) !== undefined;

/** A query or body field that takes an instant, or a date (YYYY-MM-DD) standing for a day in Vietnam. */
export const IsInstantOrDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstantOrDate',
      validator: {
        validate: (value: unknown) => isInstantOrDate(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be an instant written ${INSTANT_FORM}, or a date YYYY-MM-DD`,
      },
    },
    options,
  );
