import { assertNever } from '../shared';
import type { RecommendationEvent } from './recommendation.events';
import { followUpKey } from './recommendation.follow-up';
import type { IssuedRecommendation, RecommendationState } from './recommendation.state';

const issuedOnly = (
  state: RecommendationState,
  next: (issued: IssuedRecommendation) => IssuedRecommendation,
): RecommendationState => (state.status === 'none' ? state : next(state));

export const evolveRecommendation = (
  state: RecommendationState,
  event: RecommendationEvent,
): RecommendationState => {
  switch (event.type) {
    case 'RecommendationIssued': {
      const d = event.data;
      return {
        status: 'open',
        recommendationId: d.recommendationId,
        delegationId: d.delegationId,
        addressee: { originalAgencyId: d.addresseeAgencyId, currentAgencyId: d.addresseeAgencyId },
        issuedOn: d.issuedOn,
        response: 'awaiting-response',
        responseDue: { originalDueOn: d.responseDueOn, dueOn: d.responseDueOn },
        answeredResponseDeadlines: [],
        responses: [],
        commitments: {},
        implementation: 'not-started',
        verification: 'unverified',
        followUps: [],
      };
    }
    case 'ReminderIssued':
    case 'DeadlineMissed':
      return issuedOnly(state, (s) => ({ ...s, followUps: [...s.followUps, followUpKey(event)] }));
    case 'ResponseRecorded':
      return issuedOnly(state, (s) => {
        const { responseId, position, respondedOn, commitments } = event.data;
        const added = Object.fromEntries(
          commitments.map((c) => [c.commitmentId, { originalDueOn: c.dueOn, dueOn: c.dueOn }]),
        );
        // A response answers the deadline in force only while one is awaited (the decider
        // accepts no other), so each deadline is answered once.
        const answered =
          s.response === 'awaiting-response'
            ? [
                ...s.answeredResponseDeadlines,
                { dueOn: s.responseDue.dueOn, answeredOn: respondedOn },
              ]
            : s.answeredResponseDeadlines;
        return {
          ...s,
          response: position,
          answeredResponseDeadlines: answered,
          responses: [...s.responses, { responseId, position, respondedOn }],
          commitments: { ...s.commitments, ...added },
        };
      });
    case 'ResponseAssessed':
      return issuedOnly(state, (s) => {
        const { responseId, verdict, assessedOn, newResponseDueOn } = event.data;
        const responses = s.responses.map((r) =>
          r.responseId === responseId ? { ...r, verdict, assessedOn } : r,
        );
        if (verdict === 'satisfactory') return { ...s, responses };
        return {
          ...s,
          responses,
          response: 'awaiting-response',
          responseDue: { ...s.responseDue, dueOn: newResponseDueOn ?? s.responseDue.dueOn },
        };
      });
    case 'ProgressReported':
      return issuedOnly(state, (s) => ({
        ...s,
        implementation: 'in-progress',
        implementationReportedOn: event.data.reportedOn,
      }));
    case 'CompletionReported':
      // The work reported done meets every commitment still open, on the day it was reported.
      return issuedOnly(state, (s) => ({
        ...s,
        implementation: 'reported-done',
        implementationReportedOn: event.data.reportedOn,
        commitments: Object.fromEntries(
          Object.entries(s.commitments).map(([id, c]) => [
            id,
            c.metOn === undefined ? { ...c, metOn: event.data.reportedOn } : c,
          ]),
        ),
      }));
    case 'RecommendationClosed':
      return issuedOnly(state, (s) => ({
        ...s,
        status: 'closed',
        verification: event.data.outcome,
        closedOn: event.data.closedOn,
      }));
    case 'RecommendationReopened':
      // Reopening sends the work back: what was reported done is in progress again.
      return issuedOnly(state, (s) => ({
        ...s,
        status: 'open',
        verification: 'unverified',
        reopenedOn: event.data.reopenedOn,
        implementation: s.implementation === 'reported-done' ? 'in-progress' : s.implementation,
      }));
    case 'DeadlineExtended':
      return issuedOnly(state, (s) => {
        const { deadline, newDueOn, extendedOn } = event.data;
        if (deadline === 'response')
          return { ...s, extendedOn, responseDue: { ...s.responseDue, dueOn: newDueOn } };
        const commitment = s.commitments[deadline.commitmentId];
        if (!commitment) return { ...s, extendedOn };
        return {
          ...s,
          extendedOn,
          commitments: {
            ...s.commitments,
            [deadline.commitmentId]: { ...commitment, dueOn: newDueOn },
          },
        };
      });
    case 'RecommendationEscalated':
      return issuedOnly(state, (s) => ({
        ...s,
        escalation: event.data.step,
        escalatedOn: event.data.escalatedOn,
      }));
    case 'RecommendationTransferred':
      return issuedOnly(state, (s) => ({
        ...s,
        addressee: {
          ...s.addressee,
          currentAgencyId: event.data.toAgencyId,
          handovers: [
            ...(s.addressee.handovers ?? []),
            { agencyId: event.data.toAgencyId, effectiveOn: event.data.effectiveOn },
          ],
        },
      }));
    default:
      return assertNever(event);
  }
};
