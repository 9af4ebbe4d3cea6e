/**
 * The Tây Ninh case as the HTTP requests the secretariat's console would send (docs/http-api.md),
 * in order: what the e2e specs and `npm run demo` send. A body is the command's data with the
 * new record's id as `id` and without the ids the path already carries.
 */
import { tayNinhCase as c } from './tay-ninh.case';
import { ids } from './tay-ninh.ids';

/** Who sends a step: the council's clerk, or the office answering for UBND tỉnh. */
export type Sender = 'secretariat' | 'agency';

export interface HttpStep {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly status: 200 | 201;
  /** The clerk unless said otherwise. */
  readonly as?: Sender;
}

export const tayNinhPeople = c.people;

const d = `/api/delegations/${ids.delegation}`;

export const tayNinhRequests = (): HttpStep[] => {
  const agencies = c.agencies.map(({ agencyId, ...rest }) => ({ id: agencyId, ...rest }));
  const { delegationId: _d1, ...delegation } = c.delegation;
  const groups = c.workingGroups.map(({ delegationId: _d, workingGroupId, ...rest }) => ({
    id: workingGroupId,
    ...rest,
  }));
  const { delegationId: _d2, surveyId, ...survey } = c.survey;
  const findings = [c.indexFinding, c.vneidFinding].map(
    ({ delegationId: _d, findingId, ...rest }) => ({ id: findingId, ...rest }),
  );
  const { source: _d3, recommendationId, ...recommendation } = c.recommendation;
  const {
    recommendationId: _r,
    agencyId: _answering,
    responseId,
    commitments,
    ...response
  } = c.response;
  const { obstacleId: _o1, ...assignment } = c.obstacleAssignment;
  const { obstacleId: _o2, ...resolution } = c.obstacleResolution;
  return [
    ...agencies.map((body): HttpStep => ({ path: '/api/agencies', status: 201, body })),
    { path: '/api/delegations', status: 201, body: { id: ids.delegation, ...delegation } },
    ...groups.map((body): HttpStep => ({ path: `${d}/working-groups`, status: 201, body })),
    { path: `${d}/surveys`, status: 201, body: { id: surveyId, ...survey } },
    ...findings.map((body): HttpStep => ({ path: `${d}/findings`, status: 201, body })),
    {
      path: `${d}/recommendations`,
      status: 201,
      body: { id: recommendationId, ...recommendation },
    },
    {
      path: `/api/recommendations/${ids.recommendation}/responses`,
      status: 201,
      as: 'agency',
      body: {
        id: responseId,
        ...response,
        commitments: commitments.map(({ commitmentId, ...rest }) => ({
          id: commitmentId,
          ...rest,
        })),
      },
    },
    { path: `/api/obstacles/${ids.vneidObstacle}/assignment`, status: 200, body: assignment },
    {
      path: `/api/obstacles/${ids.vneidObstacle}/resolution`,
      status: 200,
      as: 'agency',
      body: resolution,
    },
  ];
};
