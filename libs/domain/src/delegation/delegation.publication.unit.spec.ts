import { given, ids, surveyedDelegation } from '@hdnd/testing';
import type {
  DelegationEvent,
  DelegationPublicationWithdrawn,
  DelegationResultsPublished,
  PublishDelegationResults,
  WithdrawPublication,
} from '.';
import { delegationDecider } from '.';

const publish = (
  over: Partial<PublishDelegationResults['data']> = {},
  today?: string,
): PublishDelegationResults => ({
  type: 'PublishDelegationResults',
  data: {
    delegationId: ids.delegation,
    publishedOn: '2024-10-05',
    basis: 'Thông báo 12/TB-HĐND về công khai kết quả giám sát',
    ...over,
  },
  ...(today !== undefined && { today }),
});
const withdraw = (over: Partial<WithdrawPublication['data']> = {}): WithdrawPublication => ({
  type: 'WithdrawPublication',
  data: {
    delegationId: ids.delegation,
    withdrawnOn: '2024-10-07',
    reason: 'Số liệu cần đính chính',
    ...over,
  },
});
const published: DelegationResultsPublished = {
  type: 'DelegationResultsPublished',
  data: publish().data,
};
const withdrawn: DelegationPublicationWithdrawn = {
  type: 'DelegationPublicationWithdrawn',
  data: withdraw().data,
};
const concluded: DelegationEvent = {
  type: 'DelegationConcluded',
  data: { delegationId: ids.delegation, concludedOn: '2024-09-30', summary: 'Báo cáo kết quả' },
};

describe('Delegation decider: publication of results', () => {
  describe('PublishDelegationResults', () => {
    it('publishes a concluded delegation with its basis', () => {
      expect(given(delegationDecider, [...surveyedDelegation, concluded]).when(publish())).toEqual([
        published,
      ]);
    });

    it('publishes a delegation still at work', () => {
      expect(given(delegationDecider, surveyedDelegation).when(publish())).toEqual([published]);
    });

    it('publishes again after a withdrawal, not dated before it', () => {
      const history = [...surveyedDelegation, published, withdrawn];
      expect(
        given(delegationDecider, history).when(publish({ publishedOn: '2024-10-08' })),
      ).toEqual([
        { type: 'DelegationResultsPublished', data: publish({ publishedOn: '2024-10-08' }).data },
      ]);
      expect(
        given(delegationDecider, history).rejects(publish({ publishedOn: '2024-10-06' })),
      ).toBe('publication.before-withdrawal');
    });

    it.each([
      ['an unknown delegation', [], publish(), 'delegation.not-established'],
      ['twice', [...surveyedDelegation, published], publish(), 'publication.already-published'],
      [
        'without a basis',
        surveyedDelegation,
        publish({ basis: '  ' }),
        'publication.basis-required',
      ],
      [
        'before the resolution',
        surveyedDelegation,
        publish({ publishedOn: '2023-01-01' }),
        'publication.before-establishment',
      ],
      [
        'dated after today',
        surveyedDelegation,
        publish({ publishedOn: '2024-10-06' }, '2024-10-05'),
        'date.in-future',
      ],
    ] as const)('refuses to publish %s', (_, history, command, code) => {
      expect(given(delegationDecider, history).rejects(command)).toBe(code);
    });

    it('keeps the day it was published in the state', () => {
      const state = given(delegationDecider, [...surveyedDelegation, published]).state();
      expect(state.status !== 'none' && state.publishedOn).toBe('2024-10-05');
    });
  });

  describe('WithdrawPublication', () => {
    it('withdraws with a reason', () => {
      expect(given(delegationDecider, [...surveyedDelegation, published]).when(withdraw())).toEqual(
        [withdrawn],
      );
    });

    it('leaves the delegation unpublished', () => {
      const state = given(delegationDecider, [...surveyedDelegation, published, withdrawn]).state();
      expect(state.status !== 'none' && state.publishedOn).toBeUndefined();
    });

    it.each([
      ['what was never published', surveyedDelegation, withdraw(), 'publication.not-published'],
      [
        'twice',
        [...surveyedDelegation, published, withdrawn],
        withdraw(),
        'publication.not-published',
      ],
      [
        'without a reason',
        [...surveyedDelegation, published],
        withdraw({ reason: '' }),
        'publication.reason-required',
      ],
      [
        'before it was published',
        [...surveyedDelegation, published],
        withdraw({ withdrawnOn: '2024-10-04' }),
        'publication.withdrawn-before-published',
      ],
    ] as const)('refuses to withdraw %s', (_, history, command, code) => {
      expect(given(delegationDecider, history).rejects(command)).toBe(code);
    });
  });
});
