import type { components } from '../../api/schema';

/** A recommendation as the tracker lists it (the API's RecommendationSummary). */
export type RecommendationSummary = components['schemas']['RecommendationSummary'];

/** The statuses the tracker shows, each with its catalogue key (the shell's `status.*`). */
export const STATUS_LABELS = {
  'awaiting-response': 'status.awaiting-response',
  accepted: 'status.accepted',
  'partially-accepted': 'status.partially-accepted',
  rejected: 'status.rejected',
  'not-started': 'status.not-started',
  'in-progress': 'status.in-progress',
  'reported-done': 'status.reported-done',
  implemented: 'status.implemented',
  'partially-implemented': 'status.partially-implemented',
  'not-implemented': 'status.not-implemented',
  'no-longer-applicable': 'status.no-longer-applicable',
} as const;

/** The catalogue key of a status the API gives; undefined for one the console does not know yet. */
export const statusLabel = (status: string) =>
  STATUS_LABELS[status as keyof typeof STATUS_LABELS] as
    (typeof STATUS_LABELS)[keyof typeof STATUS_LABELS] | undefined;

/** Dates typed as the reader writes them, dd/mm/yyyy (d/m/yyyy too); a date that does not exist is null. */
export const parseTypedDate = (typed: string): string | null => {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(typed);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
