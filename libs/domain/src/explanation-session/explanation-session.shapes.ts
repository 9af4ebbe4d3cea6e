import { date, string, SUPERVISOR, type Shape } from '../shared/data-shape';
import type { ExplanationSessionCommand } from './explanation-session.commands';

/**
 * The fields each explanation session command must carry, and the word its rule codes start
 * with (`explanation-session.issue-required`). What the decider accepts, the projection can store.
 */
export const EXPLANATION_SESSION_SHAPES: Readonly<
  Record<ExplanationSessionCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  HoldExplanationSession: {
    subject: 'explanation-session',
    shape: {
      explanationSessionId: string(),
      issue: string(),
      agencyId: string(),
      heldOn: date(),
      supervisor: SUPERVISOR,
    },
  },
  RecordExplanationConclusion: {
    subject: 'explanation-session',
    shape: {
      explanationSessionId: string(),
      conclusion: string(),
      concludedOn: date(),
    },
  },
};
