import {
  given,
  active,
  delegationEstablished,
  group01Formed,
  indexFindingRecorded,
  surveyedDelegation,
  surveyRecorded,
} from '@hdnd/testing';
import type { DelegationCommand, DelegationEvent } from '.';
import { delegationDecider } from '.';

/** The delegation's work is dated in order, from its resolution (2023-12-08) up to today. */
const finding = (recordedOn: string, surveyId?: string, today?: string): DelegationCommand => {
  const { surveyId: _, ...data } = indexFindingRecorded.data;
  return {
    type: 'RecordFinding',
    data: { ...data, findingId: 'kq-moi', recordedOn, ...(surveyId !== undefined && { surveyId }) },
    agency: active(indexFindingRecorded.data.agencyId),
    ...(today !== undefined && { today }),
  };
};
const conclude = (concludedOn: string, today?: string): DelegationCommand => ({
  type: 'ConcludeDelegation',
  data: { delegationId: delegationEstablished.data.delegationId, concludedOn, summary: 'Báo cáo' },
  ...(today !== undefined && { today }),
});
const rejects = (history: readonly DelegationEvent[], command: DelegationCommand) =>
  given(delegationDecider, history).rejects(command);
const today = '2026-12-04';

describe('Delegation decisions are dated in order', () => {
  it('refuses a finding recorded before the resolution that established the delegation', () => {
    expect(rejects([delegationEstablished], finding('2023-12-07'))).toBe(
      'finding.before-establishment',
    );
    expect(
      given(delegationDecider, [delegationEstablished]).when(finding('2023-12-08')),
    ).toHaveLength(1);
  });

  it('refuses a conclusion dated before the last survey or finding it concludes', () => {
    expect(rejects(surveyedDelegation, conclude('2024-04-01'))).toBe(
      'delegation.concluded-before-work',
    );
  });

  it.each([
    [
      'establishment',
      [] as DelegationEvent[],
      {
        type: 'EstablishDelegation',
        data: {
          ...delegationEstablished.data,
          legalBasis: { ...delegationEstablished.data.legalBasis, issuedOn: '2026-12-05' },
        },
        today,
      } as DelegationCommand,
    ],
    [
      'survey',
      [delegationEstablished, group01Formed],
      {
        type: 'RecordSurvey',
        data: { ...surveyRecorded.data, date: '2026-12-05' },
        agencies: surveyRecorded.data.agencyIds.map(active),
        today,
      } as DelegationCommand,
    ],
    ['finding', [delegationEstablished], finding('2026-12-05', undefined, today)],
    ['conclusion', surveyedDelegation, conclude('2026-12-05', today)],
  ])('refuses a %s dated after today', (_, history, command) => {
    expect(rejects(history, command)).toBe('date.in-future');
  });
});
