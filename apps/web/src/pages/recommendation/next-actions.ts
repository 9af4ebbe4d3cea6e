import { can, type ActionName } from '../../shell/actions';
import type { Role } from '../../shell/roles';
import { isClosed, type RecommendationView } from './recommendation-view';

/*
 * Which commands the recommendation page offers: what the case's state allows next (the
 * domain's rules, libs/domain recommendation.decide.ts) and the reader's role may send
 * (shell/actions.ts). A button the API would refuse in this state is not shown at all.
 */

/** The commands a recommendation's page can offer, in the order its buttons stand. */
export const RECOMMENDATION_ACTIONS = [
  'recordResponse',
  'assessResponse',
  'reportProgress',
  'reportCompletion',
  'closeRecommendation',
  'reopenRecommendation',
  'extendDeadline',
  'escalateRecommendation',
] as const satisfies readonly ActionName[];

export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number];

/** The top of the escalation ladder: nothing is above reporting to the council. */
const TOP_STEP = 'report-to-council';

export type ActionState = Pick<
  RecommendationView,
  'tracks' | 'responses' | 'commitments' | 'escalationStep'
>;

const allowedByState = (view: ActionState): Record<RecommendationAction, boolean> => {
  const closed = isClosed(view);
  const open = !closed;
  const { response, implementation } = view.tracks;
  const accepted = response === 'accepted' || response === 'partially-accepted';
  const latest = view.responses.at(-1);
  return {
    recordResponse: open && response === 'awaiting-response',
    assessResponse: open && latest !== undefined && latest.assessment === null,
    reportProgress: open && accepted && implementation !== 'reported-done',
    reportCompletion: open && accepted && implementation !== 'reported-done',
    closeRecommendation: open,
    reopenRecommendation: closed,
    // A deadline moves while it is still running: the response's, or a commitment not yet met.
    extendDeadline:
      open &&
      (response === 'awaiting-response' ||
        view.commitments.some((commitment) => commitment.metOn === null)),
    escalateRecommendation: open && view.escalationStep !== TOP_STEP,
  };
};

/** What the reader may do next on this recommendation, in button order. */
export const nextActions = (view: ActionState, role: Role | undefined): RecommendationAction[] => {
  const allowed = allowedByState(view);
  return RECOMMENDATION_ACTIONS.filter((action) => allowed[action] && can(role, action));
};
