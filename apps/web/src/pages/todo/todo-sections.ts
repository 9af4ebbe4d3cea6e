import type { ApiTrackerQuery } from '../tracker/tracker-query';

/** How far ahead "Sắp đến hạn" looks: the first reminder goes out 15 working days before. */
export const DUE_SOON_WORKING_DAYS = 15;

/** Each section shows its first items; its count is the whole list's, with a link to the rest. */
export const SECTION_SIZE = 10;

/** A section of the clerk's to-do list: what it asks the tracker, and where "see all" leads. */
export interface TrackerSection {
  readonly key: 'overdue' | 'dueSoon' | 'awaitingAssessment' | 'awaitingVerification';
  readonly query: ApiTrackerQuery;
  /** The tracker's address with the same filter, when the tracker page can show it. */
  readonly more?: string;
}

/**
 * What needs the secretariat now, most pressing first. Each section is one filter of the API's
 * own (its read model picks the cases; nothing is picked out of a page here). A case may be in
 * two sections — overdue on its commitment and with a response to assess — as it needs both.
 */
export const TRACKER_SECTIONS: readonly TrackerSection[] = [
  {
    key: 'overdue',
    query: { overdue: true, sort: 'responseDueOn' },
    more: '/recommendations?overdue=true',
  },
  {
    key: 'dueSoon',
    query: { dueWithinWorkingDays: DUE_SOON_WORKING_DAYS, sort: 'responseDueOn' },
  },
  { key: 'awaitingAssessment', query: { awaitingAssessment: true, sort: 'responseDueOn' } },
  {
    key: 'awaitingVerification',
    query: { awaitingVerification: true, sort: 'responseDueOn' },
    more: '/recommendations?status=reported-done',
  },
];

/** What an agency's officer must do next on a case of theirs, by its status. */
export const agencyNextStep = (
  status: string,
): 'respond' | 'implement' | 'awaitVerification' | 'awaitAssessment' | undefined => {
  switch (status) {
    case 'awaiting-response':
      return 'respond';
    case 'accepted':
    case 'partially-accepted':
    case 'in-progress':
      return 'implement';
    case 'rejected':
      return 'awaitAssessment';
    case 'reported-done':
      return 'awaitVerification';
    default:
      return undefined;
  }
};
