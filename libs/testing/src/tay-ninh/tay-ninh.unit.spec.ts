import {
  delegationDecider,
  recommendationDecider,
  type DelegationCommand,
  type RecommendationCommand,
} from '@hdnd/domain';
import { given } from '../given-when-then';
import seed from './tay-ninh-case.json';
import {
  active,
  delegationEstablished,
  group01Formed,
  indexFindingRecorded,
  recommendationIssued,
  surveyRecorded,
  vneidFindingRecorded,
} from './tay-ninh.events';
import { tayNinhScenario, type ScenarioStep } from './tay-ninh.commands';
import { ids } from './tay-ninh.ids';
import { tayNinhRequests } from './tay-ninh.requests';

/** The id a step's command creates, which its HTTP body carries as `id`. */
const OWN_ID: Record<string, string | undefined> = {
  RegisterAgency: 'agencyId',
  EstablishDelegation: 'delegationId',
  FormWorkingGroup: 'workingGroupId',
  RecordSurvey: 'surveyId',
  RecordFinding: 'findingId',
  IssueRecommendation: 'recommendationId',
  RecordResponse: 'responseId',
};

const inputOf = (step: ScenarioStep, type: string) => {
  if (step.input.type !== type) throw new Error(`expected ${type}, got ${step.input.type}`);
  return step.input.data as never;
};

describe('The Tây Ninh case, described once', () => {
  it('sends, over HTTP, the commands the application is given, in the same order', () => {
    const steps = tayNinhScenario();
    const requests = tayNinhRequests();
    expect(requests).toHaveLength(steps.length);
    steps.forEach((step, i) => {
      const request = requests[i]!;
      const data = step.input.data as Record<string, unknown>;
      const own = OWN_ID[step.input.type];
      for (const [key, value] of Object.entries(data)) {
        if (key === own) expect(request.body.id).toBe(value);
        else if (key === 'commitments')
          expect(request.body.commitments).toEqual(
            (value as { commitmentId: string }[]).map(({ commitmentId, ...rest }) => ({
              id: commitmentId,
              ...rest,
            })),
          );
        else if (key in request.body) expect(request.body[key]).toEqual(value);
        // The answering agency is whoever sends the response; any other id the body leaves
        // out is in the path.
        else if (key === 'agencyId' && step.input.type === 'RecordResponse')
          expect(request.as).toBe('agency');
        // A recommendation's source is the delegation whose path it is posted to.
        else if (key === 'source')
          expect(request.path).toContain(`/delegations/${(value as { id: string }).id}/`);
        else expect(request.path).toContain(String(value));
      }
      expect(Object.keys(request.body).filter((key) => key !== 'id' && !(key in data))).toEqual([]);
    });
  });

  it('is recorded by the domain as the events the domain specs start from', () => {
    const steps = tayNinhScenario();
    const establish: DelegationCommand = {
      type: 'EstablishDelegation',
      data: inputOf(
        steps.find((s) => s.input.type === 'EstablishDelegation')!,
        'EstablishDelegation',
      ),
    };
    expect(given(delegationDecider, []).when(establish)).toEqual([delegationEstablished]);

    const form: DelegationCommand = {
      type: 'FormWorkingGroup',
      data: inputOf(
        steps.find((s) => s.input.type === 'FormWorkingGroup')!,
        'FormWorkingGroup',
      ),
    };
    expect(given(delegationDecider, [delegationEstablished]).when(form)).toEqual([group01Formed]);

    const survey: DelegationCommand = {
      type: 'RecordSurvey',
      data: inputOf(
        steps.find((s) => s.input.type === 'RecordSurvey')!,
        'RecordSurvey',
      ),
      agencies: [active(ids.ward1), active(ids.city)],
    };
    const upToSurvey = [delegationEstablished, group01Formed];
    expect(given(delegationDecider, upToSurvey).when(survey)).toEqual([surveyRecorded]);

    const findings = steps.filter((s) => s.input.type === 'RecordFinding');
    expect(findings).toHaveLength(2);
    const recorded = findings.flatMap((step) =>
      given(delegationDecider, [...upToSurvey, surveyRecorded]).when({
        type: 'RecordFinding',
        data: inputOf(step, 'RecordFinding'),
        agency: active(ids.city),
      } as DelegationCommand),
    );
    expect(recorded).toEqual([indexFindingRecorded, vneidFindingRecorded]);

    const issue = {
      type: 'IssueRecommendation',
      data: inputOf(
        steps.find((s) => s.input.type === 'IssueRecommendation')!,
        'IssueRecommendation',
      ),
      origin: {
        kind: 'delegation',
        id: ids.delegation,
        recorded: true,
        parts: { [ids.indexFinding]: '2024-04-02', [ids.vneidFinding]: '2024-04-02' },
      },
      addressee: active(ids.province),
    } as RecommendationCommand;
    expect(given(recommendationDecider, []).when(issue)).toEqual([recommendationIssued]);
  });

  it("keeps the article's facts: its resolution, survey, units, chair and figures", () => {
    expect(delegationEstablished.data.legalBasis.number).toBe('135/NQ-HĐND');
    expect(delegationEstablished.data.chair).toEqual(seed.survey.chair);
    expect(surveyRecorded.data.date).toBe('2024-04-02');
    expect(surveyRecorded.data.topics).toEqual(seed.survey.topics);
    expect(indexFindingRecorded.data.indicators[0]).toMatchObject({
      value: 84.72,
      rank: 3,
      rankOf: 9,
    });
    const names = tayNinhRequests()
      .filter((r) => r.path === '/api/agencies')
      .map((r) => r.body.name);
    expect(names).toEqual(expect.arrayContaining(seed.survey.units));
  });
});
