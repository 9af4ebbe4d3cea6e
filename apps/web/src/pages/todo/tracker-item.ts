/**
 * What the tracker list (GET /api/recommendations) answers for each recommendation, as far as
 * the to-do list reads it. The API's OpenAPI document does not describe list items yet (its
 * `Page.items` is untyped), so the fields are named here, by the API's own spelling.
 */
export interface TrackerItem {
  readonly id: string;
  readonly text: string;
  readonly status: string;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly responseDueOn: string;
  readonly addresseeAgencies: { readonly current: { readonly id: string; readonly name: string } };
}

/** The statuses the tracker shows, each with its catalogue key. */
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

export const statusLabel = (status: string) =>
  STATUS_LABELS[status as keyof typeof STATUS_LABELS] as
    (typeof STATUS_LABELS)[keyof typeof STATUS_LABELS] | undefined;
