import type { RecommendationEvent } from '@hdnd/domain';

/**
 * The business date an event carries: the day it happened in the case (issued on, responded
 * on, escalated on…), which may be long before the instant it was recorded.
 */
export const businessDateOfEvent = (event: RecommendationEvent): string => {
  switch (event.type) {
    case 'RecommendationIssued':
      return event.data.issuedOn;
    case 'ResponseRecorded':
      return event.data.respondedOn;
    case 'ResponseAssessed':
      return event.data.assessedOn;
    case 'ProgressReported':
    case 'CompletionReported':
      return event.data.reportedOn;
    case 'RecommendationClosed':
      return event.data.closedOn;
    case 'RecommendationReopened':
      return event.data.reopenedOn;
    case 'DeadlineExtended':
      return event.data.extendedOn;
    case 'RecommendationEscalated':
      return event.data.escalatedOn;
    case 'RecommendationTransferred':
      return event.data.effectiveOn;
    case 'ReminderIssued':
      return event.data.issuedOn;
    case 'DeadlineMissed':
      return event.data.missedOn;
  }
};

/**
 * What the clerk (or the sweep) wrote, as the event carries it: every field but the
 * recommendation's id, which the timeline already belongs to. Kept whole so that a field an
 * event gains later (a legal basis, say) reaches the tracker without a new column.
 */
export const detailsOfEvent = (event: RecommendationEvent): Record<string, unknown> => {
  const { recommendationId: _, ...details } = event.data as { recommendationId: string };
  return details;
};
