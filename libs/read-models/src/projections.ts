import { agenciesProjection } from './agencies/agencies.projection';
import { handoversProjection } from './handovers/handovers.projection';
import { delegationsProjection } from './delegations/delegations.projection';
import { interpellationsProjection } from './interpellations/interpellations.projection';
import { petitionRoundsProjection } from './voter-petitions/petition-rounds.projection';
import { committeeSupervisionsProjection } from './committee-supervisions/committee-supervisions.projection';
import { explanationSessionsProjection } from './explanation-sessions/explanation-sessions.projection';
import { obstaclesProjection } from './obstacles/obstacles.projection';
import { peopleProjection } from './people/people.projection';
import { publicProjection } from './public/public.projection';
import { recommendationsProjection } from './recommendations/recommendations.projection';

/** Every projection the service keeps; each folder holds one, with its queries. */
export const PROJECTIONS = [
  agenciesProjection,
  delegationsProjection,
  interpellationsProjection,
  petitionRoundsProjection,
  committeeSupervisionsProjection,
  explanationSessionsProjection,
  recommendationsProjection,
  obstaclesProjection,
  peopleProjection,
  handoversProjection,
  // Last: it copies what a publication makes public from the tables above.
  publicProjection,
] as const;
