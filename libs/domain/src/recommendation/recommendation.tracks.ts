import { assertNever } from '../shared';
import type {
  ClosureOutcome,
  RecommendationEvent,
  ResponsePosition,
} from './recommendation.events';

/** The three tracks a recommendation moves on, kept apart as GAO and the UK PAC keep them. */
export type ResponseTrack = 'awaiting-response' | ResponsePosition;
export type ImplementationTrack = 'not-started' | 'in-progress' | 'reported-done';
export type VerificationTrack = 'unverified' | ClosureOutcome;

export type RecommendationTracks = Readonly<{
  response: ResponseTrack;
  implementation: ImplementationTrack;
  verification: VerificationTrack;
}>;

/** Where an issued recommendation starts: awaited, nothing done, nothing verified. */
export const TRACKS_AT_ISSUE: RecommendationTracks = {
  response: 'awaiting-response',
  implementation: 'not-started',
  verification: 'unverified',
};

/**
 * Where one event moves a recommendation's tracks. The aggregate's evolve and the tracker's
 * projection both move them with this and nothing else, so that a rule changed here cannot
 * leave the read model telling another story than the decider decides from. Every event is
 * named, so that a new one needs a decision here before it compiles.
 */
export const tracksAfter = (
  tracks: RecommendationTracks,
  event: RecommendationEvent,
): RecommendationTracks => {
  // Only the three tracks, even when handed the whole state: callers spread the result.
  const { response, implementation, verification } = tracks;
  const now = { response, implementation, verification };
  switch (event.type) {
    case 'RecommendationIssued':
      return TRACKS_AT_ISSUE;
    case 'ResponseRecorded':
      return { ...now, response: event.data.position };
    case 'ResponseAssessed':
      // An unsatisfactory response is as good as none: a new one is awaited.
      return event.data.verdict === 'unsatisfactory'
        ? { ...now, response: 'awaiting-response' }
        : now;
    case 'ProgressReported':
      return { ...now, implementation: 'in-progress' };
    case 'CompletionReported':
      return { ...now, implementation: 'reported-done' };
    case 'RecommendationClosed':
      return { ...now, verification: event.data.outcome };
    case 'RecommendationReopened':
      // Reopening sends the work back: what was reported done is in progress again.
      return {
        ...now,
        verification: 'unverified',
        implementation: implementation === 'reported-done' ? 'in-progress' : implementation,
      };
    case 'DeadlineExtended':
    case 'RecommendationEscalated':
    case 'RecommendationTransferred':
    case 'ReminderIssued':
    case 'DeadlineMissed':
      return now;
    default:
      return assertNever(event);
  }
};

/**
 * The one word lists show for a recommendation, and the values their `status` filter takes:
 * the verification outcome once closed, else the implementation step once begun, else the
 * response position. Implementation's `not-started` and verification's `unverified` never
 * lead, so they are not statuses.
 */
export type RecommendationStatus =
  | ResponseTrack
  | Exclude<ImplementationTrack, 'not-started'>
  | Exclude<VerificationTrack, 'unverified'>;

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

export const recommendationStatusOf = (tracks: RecommendationTracks): RecommendationStatus =>
  tracks.verification !== 'unverified'
    ? tracks.verification
    : tracks.implementation !== 'not-started'
      ? tracks.implementation
      : tracks.response;
