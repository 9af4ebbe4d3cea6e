import type { RecordedEvent } from '@hdnd/event-store';

type Data = Record<string, unknown>;
const field =
  (name: string) =>
  (data: Data): unknown =>
    data[name];

/**
 * The date each kind of case event says it happened on — the business date, as opposed to the
 * instant it was recorded. An event entered a year late still says "responded on 2025-05-10".
 */
const DATE_OF: Readonly<Record<string, (data: Data) => unknown>> = {
  DelegationEstablished: (data) => (data.legalBasis as Data | undefined)?.issuedOn,
  SurveyRecorded: field('date'),
  FindingRecorded: field('recordedOn'),
  DelegationConcluded: field('concludedOn'),
  RecommendationIssued: field('issuedOn'),
  ResponseRecorded: field('respondedOn'),
  ResponseAssessed: field('assessedOn'),
  ProgressReported: field('reportedOn'),
  CompletionReported: field('reportedOn'),
  RecommendationClosed: field('closedOn'),
  RecommendationReopened: field('reopenedOn'),
  DeadlineExtended: field('extendedOn'),
  RecommendationEscalated: field('escalatedOn'),
  RecommendationTransferred: field('effectiveOn'),
  ReminderIssued: field('issuedOn'),
  DeadlineMissed: field('missedOn'),
  ObstacleRecorded: field('recordedOn'),
  ObstacleAssigned: field('assignedOn'),
  ObstacleReferred: field('referredOn'),
  ObstacleMerged: field('mergedOn'),
  ObstacleResolved: field('resolvedOn'),
  ObstacleTransferred: field('effectiveOn'),
  AgencySuccessionRecorded: field('effectiveOn'),
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A reader of business dates over the log, in log order. An event that carries no date of its
 * own (a working group formed) happened no earlier than the event before it in its stream, so
 * it takes that event's date. Events with neither — an agency registered, an account, a
 * holiday — are reference data, as known now: `undefined`, and every business date includes them.
 */
export const businessDates = (): ((event: RecordedEvent) => string | undefined) => {
  const lastInStream = new Map<string, string>();
  return (event) => {
    const own = DATE_OF[event.type]?.(event.data as Data);
    const date = typeof own === 'string' && DATE.test(own) ? own : lastInStream.get(event.streamId);
    if (date !== undefined) lastInStream.set(event.streamId, date);
    return date;
  };
};
