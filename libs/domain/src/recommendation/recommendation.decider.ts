import type { Decider } from '../shared';
import type { RecommendationCommand } from './recommendation.commands';
import { decideRecommendation } from './recommendation.decide';
import type { RecommendationEvent } from './recommendation.events';
import { evolveRecommendation } from './recommendation.evolve';
import { initialRecommendationState, type RecommendationState } from './recommendation.state';

export const recommendationDecider: Decider<
  RecommendationCommand,
  RecommendationEvent,
  RecommendationState
> = {
  decide: decideRecommendation,
  evolve: evolveRecommendation,
  initialState: initialRecommendationState,
};
