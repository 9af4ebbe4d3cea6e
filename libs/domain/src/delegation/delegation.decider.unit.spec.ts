import {
  given,
  active,
  delegationEstablished,
  group01Formed,
  ids,
  indexFindingRecorded,
  surveyedDelegation,
  surveyRecorded,
  vneidFindingRecorded,
} from '@hdnd/testing';
import type { DelegationEvent, EstablishDelegation, RecordFinding, RecordSurvey } from '.';
import { delegationDecider } from '.';

const establish = (over: Partial<EstablishDelegation['data']> = {}): EstablishDelegation => ({
  type: 'EstablishDelegation',
  data: { ...delegationEstablished.data, ...over },
});
const survey = (
  over: Partial<RecordSurvey['data']> = {},
  agencies: RecordSurvey['agencies'] = [active(ids.ward1), active(ids.city)],
): RecordSurvey => ({
  type: 'RecordSurvey',
  data: { ...surveyRecorded.data, ...over },
  agencies,
});
const finding = (
  over: Partial<RecordFinding['data']> = {},
  agency = active(ids.city),
): RecordFinding => ({
  type: 'RecordFinding',
  data: { ...indexFindingRecorded.data, ...over },
  agency,
});
const upToSurvey = [delegationEstablished, group01Formed, surveyRecorded];

describe('Delegation decider', () => {
  describe('EstablishDelegation', () => {
    it('establishes the delegation by Resolution 135/NQ-HĐND', () => {
      expect(given(delegationDecider, []).when(establish())).toEqual([delegationEstablished]);
    });

    it.each([
      ['twice', [delegationEstablished], {}, 'delegation.already-established'],
      ['without a title', [], { title: ' ' }, 'delegation.title-required'],
      ['without a topic', [], { topic: '' }, 'delegation.topic-required'],
      [
        'without its resolution',
        [],
        { legalBasis: { number: '', issuedOn: '2023-12-08', issuedBy: 'HĐND' } },
        'delegation.legal-basis-required',
      ],
      [
        'without the body that issued its resolution',
        [],
        { legalBasis: { number: '135/NQ-HĐND', issuedOn: '2023-12-08', issuedBy: '  ' } },
        'delegation.legal-basis-required',
      ],
      [
        'with a period ending before it starts',
        [],
        { periodFrom: '2024-01-01', periodTo: '2023-12-31' },
        'delegation.period-inverted',
      ],
      ['without a chair', [], { chair: { name: '', position: '' } }, 'delegation.chair-required'],
      [
        'for a committee not named',
        [],
        { supervisor: { body: 'committee', level: 'province', name: ' ' } },
        'delegation.supervisor-name-required',
      ],
      [
        'for a deputy not named',
        [],
        { supervisor: { body: 'deputy', level: 'commune' } },
        'delegation.supervisor-name-required',
      ],
      ['without its supervisor', [], { supervisor: undefined }, 'delegation.supervisor-required'],
      [
        'for a body the council does not have',
        [],
        { supervisor: { body: 'ministry', level: 'province' } },
        'delegation.supervisor-invalid',
      ],
      [
        'at a level councils no longer sit at',
        [],
        { supervisor: { body: 'council', level: 'district' } },
        'delegation.supervisor-invalid',
      ],
    ] as const)('refuses to establish %s', (_l, history, over, code) => {
      expect(
        given(delegationDecider, history).rejects(
          establish(over as Partial<EstablishDelegation['data']>),
        ),
      ).toBe(code);
    });

    it('records the committee that supervises, by its name, at its level', () => {
      const supervisor = {
        body: 'committee',
        level: 'commune',
        name: 'Ban Kinh tế - Xã hội',
      } as const;
      expect(given(delegationDecider, []).when(establish({ supervisor }))).toEqual([
        { ...delegationEstablished, data: { ...delegationEstablished.data, supervisor } },
      ]);
    });
  });

  describe('FormWorkingGroup', () => {
    const form = (over = {}) => ({
      type: 'FormWorkingGroup' as const,
      data: { ...group01Formed.data, ...over },
    });

    it('forms working group 01', () => {
      expect(given(delegationDecider, [delegationEstablished]).when(form())).toEqual([
        group01Formed,
      ]);
    });

    it('refuses a second group numbered 01', () => {
      expect(
        given(delegationDecider, [delegationEstablished, group01Formed]).rejects(
          form({ workingGroupId: 'wg-x' }),
        ),
      ).toBe('working-group.number-taken');
    });

    it.each([
      ['with an id already used', { number: '02' }, 'working-group.already-formed'],
      [
        'without a number',
        { workingGroupId: 'wg-x', number: ' ' },
        'working-group.number-required',
      ],
      [
        'without a leader',
        { workingGroupId: 'wg-x', number: '03', leader: { name: '', position: '' } },
        'working-group.leader-required',
      ],
    ] as const)('refuses a group %s', (_l, over, code) => {
      expect(
        given(delegationDecider, [delegationEstablished, group01Formed]).rejects(form(over)),
      ).toBe(code);
    });

    it('refuses a group for a delegation never established', () => {
      expect(given(delegationDecider, []).rejects(form())).toBe('delegation.not-established');
    });

    it('refuses a group after the delegation concluded', () => {
      const concluded: DelegationEvent = {
        type: 'DelegationConcluded',
        data: {
          delegationId: ids.delegation,
          concludedOn: '2024-09-30',
          summary: 'Báo cáo kết quả giám sát',
        },
      };
      expect(given(delegationDecider, [delegationEstablished, concluded]).rejects(form())).toBe(
        'delegation.concluded',
      );
    });
  });

  describe('RecordSurvey', () => {
    it('records the 2024-04-02 survey of UBND Phường 1 and UBND thành phố Tây Ninh', () => {
      expect(
        given(delegationDecider, [delegationEstablished, group01Formed]).when(survey()),
      ).toEqual([surveyRecorded]);
    });

    it.each([
      [
        'by an unknown working group',
        { workingGroupId: 'wg-99' },
        undefined,
        'survey.working-group-unknown',
      ],
      ['of no unit', { agencyIds: [] }, [], 'survey.agencies-required'],
      [
        'of the same unit twice',
        { agencyIds: [ids.city, ids.city] },
        undefined,
        'survey.agencies-repeated',
      ],
      ['without topics', { topics: [' '] }, undefined, 'survey.topics-required'],
      [
        'with a blank topic',
        { topics: ['Chuyển đổi số', ' '] },
        undefined,
        'survey.topics-required',
      ],
      [
        'dated before the resolution',
        { date: '2023-12-01' },
        undefined,
        'survey.before-establishment',
      ],
      [
        'of an unregistered unit',
        {},
        [{ agencyId: ids.city, registered: false }],
        'agency.not-registered',
      ],
      [
        'of a unit already abolished that day',
        { date: '2025-08-01' },
        [
          {
            agencyId: ids.city,
            registered: true,
            succession: { successorId: 'x', effectiveOn: '2025-07-01' },
          },
        ],
        'agency.abolished',
      ],
    ] as const)('refuses a survey %s', (_l, over, agencies, code) => {
      expect(
        given(delegationDecider, [delegationEstablished, group01Formed]).rejects(
          survey(over, agencies),
        ),
      ).toBe(code);
    });

    it('refuses to record the same survey twice', () => {
      expect(given(delegationDecider, upToSurvey).rejects(survey())).toBe(
        'survey.already-recorded',
      );
    });
  });

  describe('RecordFinding', () => {
    it('records the 84.72/100, rank 3 of 9, grade Tốt achievement', () => {
      expect(given(delegationDecider, upToSurvey).when(finding())).toEqual([indexFindingRecorded]);
    });

    it('records an obstacle finding that names the obstacle it opens', () => {
      expect(
        given(delegationDecider, upToSurvey).when({
          type: 'RecordFinding',
          data: vneidFindingRecorded.data,
          agency: active(ids.city),
        }),
      ).toEqual([vneidFindingRecorded]);
    });

    it.each([
      ['already recorded', surveyedDelegation, {}, 'finding.already-recorded'],
      ['with no statement', upToSurvey, { statement: '' }, 'finding.statement-required'],
      [
        'from a survey of another delegation',
        upToSurvey,
        { surveyId: 'ks-other' },
        'finding.survey-unknown',
      ],
      [
        'about a unit the survey did not visit',
        upToSurvey,
        { agencyId: ids.province },
        'finding.agency-not-surveyed',
      ],
      [
        'dated before its survey',
        upToSurvey,
        { recordedOn: '2024-04-01' },
        'finding.before-survey',
      ],
      [
        'of kind obstacle without an obstacle id',
        upToSurvey,
        { kind: 'obstacle' as const },
        'finding.obstacle-id',
      ],
      [
        'of kind achievement with an obstacle id',
        upToSurvey,
        { obstacleId: 'kk-1' },
        'finding.obstacle-id',
      ],
      [
        'whose score exceeds its scale',
        upToSurvey,
        { indicators: [{ name: 'Chỉ số CCHC', period: '2021', value: 101, outOf: 100 }] },
        'finding.indicator-out-of-scale',
      ],
      [
        'whose rank exceeds the field',
        upToSurvey,
        { indicators: [{ name: 'Chỉ số CCHC', period: '2021', rank: 10, rankOf: 9 }] },
        'finding.indicator-rank-invalid',
      ],
      [
        'with a rank but no field size',
        upToSurvey,
        { indicators: [{ name: 'Chỉ số CCHC', period: '2022', rank: 2 }] },
        'finding.indicator-rank-invalid',
      ],
      [
        'with an unnamed indicator',
        upToSurvey,
        { indicators: [{ name: '', period: '2021', value: 84.72, outOf: 100 }] },
        'finding.indicator-name-required',
      ],
      [
        'with a scale but no value',
        upToSurvey,
        { indicators: [{ name: 'Chỉ số CCHC', period: '2021', outOf: 100 }] },
        'finding.indicator-value-required',
      ],
    ] as const)('refuses a finding %s', (_l, history, over, code) => {
      expect(given(delegationDecider, history).rejects(finding(over))).toBe(code);
    });

    it('refuses a finding about an unregistered agency', () => {
      expect(
        given(delegationDecider, upToSurvey).rejects(
          finding({}, { agencyId: ids.city, registered: false }),
        ),
      ).toBe('agency.not-registered');
    });
  });

  describe('ConcludeDelegation', () => {
    const conclude = (over = {}) => ({
      type: 'ConcludeDelegation' as const,
      data: {
        delegationId: ids.delegation,
        concludedOn: '2024-09-30',
        summary: 'Báo cáo kết quả giám sát chuyên đề',
        ...over,
      },
    });

    it('concludes with a summary', () => {
      expect(given(delegationDecider, surveyedDelegation).when(conclude())).toEqual([
        { type: 'DelegationConcluded', data: conclude().data },
      ]);
    });

    it('refuses to conclude twice', () => {
      const done = given(delegationDecider, surveyedDelegation).when(conclude());
      expect(given(delegationDecider, [...surveyedDelegation, ...done]).rejects(conclude())).toBe(
        'delegation.concluded',
      );
    });

    it('refuses a conclusion without summary or dated before the resolution', () => {
      expect(given(delegationDecider, surveyedDelegation).rejects(conclude({ summary: '' }))).toBe(
        'delegation.summary-required',
      );
      expect(
        given(delegationDecider, surveyedDelegation).rejects(
          conclude({ concludedOn: '2023-01-01' }),
        ),
      ).toBe('delegation.concluded-before-established');
    });

    it('refuses new findings once concluded', () => {
      const done = given(delegationDecider, upToSurvey).when(conclude());
      expect(given(delegationDecider, [...upToSurvey, ...done]).rejects(finding())).toBe(
        'delegation.concluded',
      );
    });
  });
});
