import { EVENT_SCHEMA_VERSIONS } from '../events';
import { delegationEstablished, recommendationIssued, surveyRecorded } from '@hdnd/testing';
import { upcast, UPCASTERS } from './upcasters';

describe('upcasting stored events to today’s shapes', () => {
  const { supervisionLaw: _law, source, ...v3 } = recommendationIssued.data;
  const v1 = { ...v3, delegationId: source.id };
  const { delegationId: _d, ...v2Rest } = v1;

  it('gives a version 1 RecommendationIssued the law in force on its issue date', () => {
    expect(upcast({ type: 'RecommendationIssued', schemaVersion: 1, data: v1 })).toEqual({
      schemaVersion: 3,
      data: { ...v2Rest, source, supervisionLaw: '87/2015/QH13' },
    });
    expect(
      upcast({
        type: 'RecommendationIssued',
        schemaVersion: 1,
        data: { ...v1, issuedOn: '2026-03-01' },
      }),
    ).toMatchObject({ data: { supervisionLaw: '121/2025/QH15' } });
  });

  it('reads a version 2 RecommendationIssued as coming from the delegation it named', () => {
    const v2 = { ...v1, supervisionLaw: '87/2015/QH13' };
    expect(upcast({ type: 'RecommendationIssued', schemaVersion: 2, data: v2 })).toEqual({
      schemaVersion: 3,
      data: recommendationIssued.data,
    });
    expect(source).toEqual({ kind: 'delegation', id: 'dgs-2024-cchc-cds' });
  });

  it('gives a version 1 SurveyRecorded written without its chair a chair marked as not recorded', () => {
    const { chair, ...withoutChair } = surveyRecorded.data;
    expect(upcast({ type: 'SurveyRecorded', schemaVersion: 1, data: withoutChair })).toEqual({
      schemaVersion: 2,
      data: { ...withoutChair, chair: { name: '(không ghi nhận)', position: '' } },
    });
    expect(
      upcast({ type: 'SurveyRecorded', schemaVersion: 1, data: { ...withoutChair, chair: null } }),
    ).toMatchObject({ data: { chair: { name: '(không ghi nhận)', position: '' } } });
    // A chair that was recorded stays as it was.
    expect(upcast({ type: 'SurveyRecorded', schemaVersion: 1, data: surveyRecorded.data })).toEqual(
      { schemaVersion: 2, data: { ...withoutChair, chair } },
    );
  });

  it('gives a version 1 DelegationEstablished the provincial council as its supervisor', () => {
    const { supervisor: _s, ...v1Delegation } = delegationEstablished.data;
    expect(upcast({ type: 'DelegationEstablished', schemaVersion: 1, data: v1Delegation })).toEqual(
      {
        schemaVersion: 2,
        data: { ...v1Delegation, supervisor: { body: 'council', level: 'province' } },
      },
    );
  });

  it('leaves today’s versions and unversioned types alone', () => {
    expect(
      upcast({ type: 'RecommendationIssued', schemaVersion: 3, data: recommendationIssued.data }),
    ).toBeUndefined();
    expect(upcast({ type: 'LogCheckpointSigned', schemaVersion: 1, data: {} })).toBeUndefined();
  });

  it('has a step from every past version of every event type to the next', () => {
    const missing = Object.entries(EVENT_SCHEMA_VERSIONS).flatMap(([type, current]) =>
      Array.from({ length: current - 1 }, (_, i) => i + 1)
        .filter((version) => !UPCASTERS[type]?.[version])
        .map((version) => `${type} v${version}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('upcasting decisions recorded before they named their supervision law', () => {
  it.each([
    ['RecommendationEscalated', { step: 'first-reminder', escalatedOn: '2026-03-02', note: 'x' }],
    ['DeadlineExtended', { extendedOn: '2026-03-02', newDueOn: '2026-06-30', reason: 'x' }],
    ['RecommendationClosed', { closedOn: '2026-03-02', outcome: 'implemented', assessment: 'x' }],
    ['RecommendationReopened', { reopenedOn: '2026-03-02', reason: 'x' }],
  ])('gives a version 1 %s the law in force on its own date', (type, data) => {
    expect(upcast({ type, schemaVersion: 1, data })).toEqual({
      schemaVersion: 2,
      data: { ...data, supervisionLaw: '121/2025/QH15' },
    });
  });
});
