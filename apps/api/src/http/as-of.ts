import { isLocalDate } from '@hdnd/domain';
import { endOfDay, parseInstant, startOfDay } from './instant';

/**
 * `asOf` as an instant. A bare date (YYYY-MM-DD) means "as that day ended in Vietnam": what an
 * auditor asking about 1 June 2024 means is everything recorded by its last moment in
 * Asia/Ho_Chi_Minh (UTC+7, no daylight saving), not UTC midnight. The value has passed
 * `IsInstantOrDate`, so it is one of the two forms.
 */
export const asOfInstant = (asOf: string): Date =>
  isLocalDate(asOf) ? endOfDay(asOf) : parseInstant(asOf)!;

/** `from` as an instant: a date means from the start of that day in Vietnam. */
export const fromInstant = (from: string): Date =>
  isLocalDate(from) ? startOfDay(from) : parseInstant(from)!;

/** `to` (exclusive) as an instant: a date means up to the end of that day in Vietnam, inclusive. */
export const toInstant = (to: string): Date =>
  isLocalDate(to) ? new Date(endOfDay(to).getTime() + 1) : parseInstant(to)!;
