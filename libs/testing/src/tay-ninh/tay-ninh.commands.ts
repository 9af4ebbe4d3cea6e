/**
 * The Tây Ninh case as the commands a secretariat would submit to the application, in the order
 * it would submit them (what the application-level specs replay).
 */
import type {
  AgencyInput,
  DelegationInput,
  ObstacleInput,
  RecommendationInput,
} from '@hdnd/application';
import { tayNinhCase as c } from './tay-ninh.case';

export type ScenarioStep =
  | { readonly aggregate: 'agency'; readonly input: AgencyInput }
  | { readonly aggregate: 'delegation'; readonly input: DelegationInput }
  | { readonly aggregate: 'recommendation'; readonly input: RecommendationInput }
  | { readonly aggregate: 'obstacle'; readonly input: ObstacleInput };

export const tayNinhScenario = (): ScenarioStep[] => [
  ...c.agencies.map((data): ScenarioStep => ({
    aggregate: 'agency',
    input: { type: 'RegisterAgency', data },
  })),
  { aggregate: 'delegation', input: { type: 'EstablishDelegation', data: c.delegation } },
  ...c.workingGroups.map((data): ScenarioStep => ({
    aggregate: 'delegation',
    input: { type: 'FormWorkingGroup', data },
  })),
  { aggregate: 'delegation', input: { type: 'RecordSurvey', data: c.survey } },
  { aggregate: 'delegation', input: { type: 'RecordFinding', data: c.indexFinding } },
  { aggregate: 'delegation', input: { type: 'RecordFinding', data: c.vneidFinding } },
  { aggregate: 'recommendation', input: { type: 'IssueRecommendation', data: c.recommendation } },
  { aggregate: 'recommendation', input: { type: 'RecordResponse', data: c.response } },
  { aggregate: 'obstacle', input: { type: 'AssignObstacle', data: c.obstacleAssignment } },
  { aggregate: 'obstacle', input: { type: 'ResolveObstacle', data: c.obstacleResolution } },
];
