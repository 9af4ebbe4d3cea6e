import type { RecordedEvent } from '@hdnd/event-store';

/**
 * The n-th RecommendationIssued of a test log (position n + 1), as the tracker projection reads
 * it: delegation 135/NQ-HĐND's recommendation to `addresseeAgencyId`.
 */
export const recommendationIssued = (
  n: number,
  data: {
    readonly recommendationId: string;
    readonly addresseeAgencyId: string;
    readonly text: string;
    readonly issuedOn: string;
    readonly responseDueOn: string;
  },
): RecordedEvent => ({
  eventId: `e-${n}`,
  streamId: `recommendation-${data.recommendationId}`,
  revision: 0n,
  position: BigInt(n + 1),
  type: 'RecommendationIssued',
  schemaVersion: 3,
  data: {
    ...data,
    source: { kind: 'delegation', id: 'dgs-135' },
    findingIds: [],
    supervisionLaw: '87/2015/QH13',
  },
  metadata: {
    actor: { userId: 'u-1', username: 'thu-ky', role: 'secretariat' },
    correlationId: `c-${n}`,
    causationId: `c-${n}`,
    command: 'IssueRecommendation',
    recordedAt: '2024-04-10T02:00:00.000Z',
  },
  hash: 'h',
});
