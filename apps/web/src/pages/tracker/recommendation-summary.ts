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
