/**
 * The one word the tracker's list shows for a recommendation, and the values its `status`
 * filter takes: the verification outcome once closed, else the implementation step once begun,
 * else the response position (see `statusOf` in recommendations.projection.ts). Implementation's
 * `not-started` and verification's `unverified` never lead, so they are not statuses.
 */
export type RecommendationStatus =
  | 'awaiting-response'
  | 'accepted'
  | 'partially-accepted'
  | 'rejected'
  | 'in-progress'
  | 'reported-done'
  | 'implemented'
  | 'partially-implemented'
  | 'not-implemented'
  | 'no-longer-applicable';

export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = [
  'awaiting-response',
  'accepted',
  'partially-accepted',
  'rejected',
  'in-progress',
  'reported-done',
  'implemented',
  'partially-implemented',
  'not-implemented',
  'no-longer-applicable',
];
