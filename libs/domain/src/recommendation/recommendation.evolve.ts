import { assertNever } from '../shared';
import type { RecommendationEvent } from './recommendation.events';
import { followUpKey } from './recommendation.follow-up';
import type { IssuedRecommendation, RecommendationState } from './recommendation.state';
import { TRACKS_AT_ISSUE, tracksAfter } from './recommendation.tracks';

const issuedOnly = (
  state: RecommendationState,
  next: (issued: IssuedRecommendation) => IssuedRecommendation,
): RecommendationState => (state.status === 'none' ? state : next(state));

/** What an event records of a recommendation, all but its tracks (see evolveRecommendation). */
const evolveRecord = (
  state: RecommendationState,
  event: RecommendationEvent,
): RecommendationState => {
  switch (event.type) {
    case 'RecommendationIssued': {
      const d = event.data;
      return {
        status: 'open',
        ...TRACKS_AT_ISSUE,
        recommendationId: d.recommendationId,
        source: d.source,
        addressee: { originalAgencyId: d.addresseeAgencyId, currentAgencyId: d.addresseeAgencyId },
        issuedOn: d.issuedOn,
        responseDue: { originalDueOn: d.responseDueOn, dueOn: d.responseDueOn },
        answeredResponseDeadlines: [],
        responses: [],
        commitments: {},
        followUps: [],
        sessions: [],
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
          responseDue: { ...s.responseDue, dueOn: newResponseDueOn ?? s.responseDue.dueOn },
        };
      });
    case 'ProgressReported':
      return issuedOnly(state, (s) => ({ ...s, implementationReportedOn: event.data.reportedOn }));
    case 'CompletionReported':
      // The work reported done meets every commitment still open, on the day it was reported.
      return issuedOnly(state, (s) => ({
        ...s,
        implementationReportedOn: event.data.reportedOn,
        commitments: Object.fromEntries(
          Object.entries(s.commitments).map(([id, c]) => [
            id,
            c.metOn === undefined ? { ...c, metOn: event.data.reportedOn } : c,
          ]),
        ),
      }));
    case 'RecommendationClosed':
      return issuedOnly(state, (s) => ({ ...s, closedOn: event.data.closedOn }));
    case 'RecommendationReopened':
      return issuedOnly(state, (s) => ({ ...s, reopenedOn: event.data.reopenedOn }));
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
        sessions: event.data.session ? [...s.sessions, event.data.session] : s.sessions,
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

/**
 * The tracks move by `tracksAfter`, for every event alike: the tracker's projection moves its
 * copy of them by the same function, so the two cannot drift apart. Closed is the verification
 * track holding an outcome.
 */
export const evolveRecommendation = (
  state: RecommendationState,
  event: RecommendationEvent,
): RecommendationState => {
  const next = evolveRecord(state, event);
  if (next.status === 'none') return next;
  const tracks = tracksAfter(next, event);
  return { ...next, ...tracks, status: tracks.verification === 'unverified' ? 'open' : 'closed' };
};
