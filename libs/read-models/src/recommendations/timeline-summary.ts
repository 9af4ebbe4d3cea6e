import type { RecommendationEvent } from '@hdnd/domain';

const deadlineName = (deadline: string) =>
  deadline === 'response' ? 'response' : `commitment ${deadline.slice('commitment:'.length)}`;

/** The events whose summary names an agency: the tracker writes those with the names it reads. */
export const NAMES_AN_AGENCY: ReadonlySet<string> = new Set([
  'RecommendationTransferred',
  'ReminderIssued',
  'DeadlineMissed',
]);

/**
 * One line a secretariat officer reads in the timeline, per event. Agencies are named by
 * `nameOf` (their names, at read time); the line stored at projection time has their ids.
 */
export const summarize = (
  event: RecommendationEvent,
  nameOf: (agencyId: string) => string = (agencyId) => agencyId,
): string => {
  switch (event.type) {
    case 'RecommendationIssued':
      return `Issued, response due ${event.data.responseDueOn}`;
    case 'ResponseRecorded':
      return `Response ${event.data.position} (${event.data.respondedOn})${event.data.commitments.length > 0 ? `, ${event.data.commitments.length} commitment(s)` : ''}`;
    case 'ResponseAssessed':
      return event.data.verdict === 'satisfactory'
        ? `Response judged satisfactory (${event.data.assessedOn})`
        : `Response judged unsatisfactory (${event.data.assessedOn}); new response due ${event.data.newResponseDueOn ?? ''}`;
    case 'ProgressReported':
      return `Progress reported${event.data.percent === undefined ? '' : `: ${event.data.percent}%`} (${event.data.reportedOn})`;
    case 'CompletionReported':
      return `Completion reported with ${event.data.evidence.length} piece(s) of evidence (${event.data.reportedOn})`;
    case 'RecommendationClosed':
      return `Closed as ${event.data.outcome} (${event.data.closedOn})`;
    case 'RecommendationReopened':
      return `Reopened: ${event.data.reason}`;
    case 'DeadlineExtended':
      return `${event.data.deadline === 'response' ? 'Response' : 'Commitment'} deadline moved from ${event.data.previousDueOn} to ${event.data.newDueOn}, approved by ${event.data.approvedBy}`;
    case 'RecommendationEscalated':
      return `Escalated: ${event.data.step}`;
    case 'RecommendationTransferred':
      return `Passed from ${nameOf(event.data.fromAgencyId)} to ${nameOf(event.data.toAgencyId)} from ${event.data.effectiveOn}`;
    case 'ReminderIssued':
      return `Reminder to ${nameOf(event.data.agencyId)}: ${event.data.workingDaysLeft} working day(s) left to the ${deadlineName(event.data.deadline)} due ${event.data.dueOn}`;
    case 'DeadlineMissed':
      return `Deadline missed by ${nameOf(event.data.agencyId)}: the ${deadlineName(event.data.deadline)} was due ${event.data.dueOn}`;
  }
};
