import type { ObstacleState, RecommendationState } from '@hdnd/domain';
import { Forbidden } from '../command-handling/application-errors';
import type { CommandContext } from '../command-handling/command-context';

/**
 * The authorization rules that need data, in one place. Which roles may call which route is
 * declared on the route (apps/api); what follows is who may touch *this* case.
 */

/** The agency answering for a recommendation now: after a succession, the successor. */
export const answeringAgencyOfRecommendation = (state: RecommendationState): string | undefined =>
  state.status === 'none' ? undefined : state.addressee.currentAgencyId;

/** The agency answering for an obstacle now: the one it was assigned to, else where it arose. */
export const answeringAgencyOfObstacle = (state: ObstacleState): string | undefined =>
  state.status === 'none' ? undefined : (state.responsibleAgencyId ?? state.sourceAgencyId);

/** An agency user acts only on cases its own agency answers for today. */
export const ensureAgencyAnswersFor = (
  context: Pick<CommandContext, 'actor'>,
  answeringAgencyId: string | undefined,
  kind: string,
): void => {
  const { actor } = context;
  if (actor.role === 'agency' && actor.agencyId !== answeringAgencyId)
    // True of another agency's case and of one that does not exist: the refusal tells neither.
    throw new Forbidden(`This ${kind} is not one your agency answers for.`);
};

/** A delegation member records only in the delegations it belongs to. */
export const ensureMemberOf = (context: CommandContext, delegationId: string): void => {
  if (context.actor.role === 'member' && !(context.memberOf ?? []).includes(delegationId))
    throw new Forbidden('Only members of this delegation record its work.');
};
