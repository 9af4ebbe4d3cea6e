/**
 * The tracker's status is the domain's (`recommendationStatusOf` in @hdnd/domain): the word its
 * list shows and the values its `status` filter takes. Named here too because the API reads its
 * filter's values from the read models.
 */
export { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@hdnd/domain';
