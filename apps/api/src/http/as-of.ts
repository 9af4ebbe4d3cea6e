/**
 * `asOf` as an instant. A bare date (YYYY-MM-DD) means "as that day ended in Vietnam": what an
 * auditor asking about 1 June 2024 means is everything recorded by its last moment in
 * Asia/Ho_Chi_Minh (UTC+7, no daylight saving), not UTC midnight.
 */
export const asOfInstant = (asOf: string): Date =>
  /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T23:59:59.999+07:00`) : new Date(asOf);
