import { given, active, ids, recommendationIssued } from '@hdnd/testing';
import type { RecommendationCommand, RecommendationEvent, RecommendationIssued } from '.';
import { daysOverdue, recommendationDecider } from '.';
import type { IssuedRecommendation } from './recommendation.state';

const rec = ids.recommendation;
const issueCommand = (over = {}, context = {}): RecommendationCommand => ({
  type: 'IssueRecommendation',
  data: { ...recommendationIssued.data, ...over },
  origin: {
    kind: 'delegation',
    id: ids.delegation,
    recorded: true,
    parts: { [ids.vneidFinding]: '2024-04-02', [ids.indexFinding]: '2024-04-02' },
  },
  addressee: active(ids.province),
  ...context,
});
const respond = (over = {}): RecommendationCommand => ({
  type: 'RecordResponse',
  data: {
    recommendationId: rec,
    responseId: 'tl-1',
    agencyId: ids.province,
    respondedOn: '2024-06-10',
    position: 'accepted',
    text: 'UBND tỉnh tiếp thu, giao Công an tỉnh phối hợp khôi phục dữ liệu (dữ liệu mẫu)',
    commitments: [
      { commitmentId: 'cm-1', text: 'Hoàn thành khôi phục dữ liệu', dueOn: '2024-12-31' },
    ],
    ...over,
  },
});
/** Records what `command` decides on top of `history`, so scenarios build on real decisions. */
const then = (history: readonly RecommendationEvent[], command: RecommendationCommand) => [
  ...history,
  ...given(recommendationDecider, history).when(command),
];
const accepted = then([recommendationIssued], respond());
const rejected = then(
  [recommendationIssued],
  respond({ position: 'rejected', text: 'Ngoài thẩm quyền của tỉnh', commitments: [] }),
);
const progress = (over = {}): RecommendationCommand => ({
  type: 'ReportProgress',
  data: {
    recommendationId: rec,
    reportedOn: '2024-09-01',
    text: 'Đã khôi phục 60% tài khoản',
    percent: 60,
    ...over,
  },
});
const completion = (over = {}): RecommendationCommand => ({
  type: 'ReportCompletion',
  data: {
    recommendationId: rec,
    reportedOn: '2024-12-20',
    text: 'Đã hoàn thành',
    evidence: [{ title: 'Báo cáo số 123/BC-UBND', reference: '123/BC-UBND' }],
    ...over,
  },
});
const close = (over = {}): RecommendationCommand => ({
  type: 'CloseRecommendation',
  data: {
    recommendationId: rec,
    closedOn: '2025-01-10',
    outcome: 'implemented',
    assessment: 'Đã kiểm tra minh chứng',
    ...over,
  },
});
const done = then(accepted, completion());
const closed = then(done, close());
const assess = (over = {}): RecommendationCommand => ({
  type: 'AssessResponse',
  data: {
    recommendationId: rec,
    responseId: 'tl-1',
    assessedOn: '2024-06-20',
    verdict: 'unsatisfactory',
    note: 'Chưa nêu lộ trình',
    ...over,
  },
});
const extend = (over = {}): RecommendationCommand => ({
  type: 'ExtendDeadline',
  data: {
    recommendationId: rec,
    newDueOn: '2024-07-15',
    extendedOn: '2024-06-12',
    reason: 'Chờ ý kiến Bộ Công an',
    approvedBy: 'Nguyễn Đài Thy',
    ...over,
  },
});
const escalate = (step: string, over = {}): RecommendationCommand =>
  ({
    type: 'Escalate',
    data: {
      recommendationId: rec,
      step,
      escalatedOn: '2024-06-20',
      note: 'Công văn đôn đốc',
      ...over,
    },
  }) as RecommendationCommand;
const state = (history: readonly RecommendationEvent[]) =>
  given(recommendationDecider, history).state() as IssuedRecommendation;

describe('Recommendation decider', () => {
  describe('IssueRecommendation', () => {
    it('issues a recommendation to UBND tỉnh citing the VNeID finding', () => {
      expect(given(recommendationDecider, []).when(issueCommand())).toEqual([recommendationIssued]);
      expect(state([recommendationIssued])).toMatchObject({
        status: 'open',
        response: 'awaiting-response',
        implementation: 'not-started',
        verification: 'unverified',
        addressee: { originalAgencyId: ids.province, currentAgencyId: ids.province },
      });
    });

    it.each([
      ['twice', [recommendationIssued], {}, {}, 'recommendation.already-issued'],
      [
        'from a delegation never established',
        [],
        {},
        {
          origin: {
            kind: 'delegation',
            id: 'x',
            recorded: false,
            parts: {},
          },
        },
        'delegation.not-established',
      ],
      ['without text', [], { text: ' ' }, {}, 'recommendation.text-required'],
      ['citing no finding', [], { findingIds: [] }, {}, 'recommendation.findings-required'],
      [
        'citing the same finding twice',
        [],
        { findingIds: [ids.vneidFinding, ids.vneidFinding] },
        {},
        'recommendation.findings-repeated',
      ],
      [
        'citing a finding of another delegation',
        [],
        { findingIds: ['kq-other'] },
        {},
        'recommendation.finding-foreign',
      ],
      [
        'to an unregistered agency',
        [],
        {},
        { addressee: { agencyId: ids.province, registered: false } },
        'agency.not-registered',
      ],
      [
        'to an abolished agency',
        [],
        { addresseeAgencyId: ids.city, issuedOn: '2025-08-01', responseDueOn: '2025-09-01' },
        {
          addressee: {
            agencyId: ids.city,
            registered: true,
            succession: { successorId: 'p', effectiveOn: '2025-07-01' },
          },
        },
        'agency.abolished',
      ],
      [
        'due before it is issued',
        [],
        { responseDueOn: '2024-05-15' },
        {},
        'recommendation.due-not-after-issue',
      ],
    ] as const)('refuses to issue %s', (_l, history, over, context, code) => {
      expect(given(recommendationDecider, history).rejects(issueCommand(over, context))).toBe(code);
    });
  });

  describe('RecordResponse', () => {
    it('records an acceptance with its commitments', () => {
      expect(given(recommendationDecider, [recommendationIssued]).when(respond())).toEqual([
        {
          type: 'ResponseRecorded',
          data: (respond() as Extract<RecommendationCommand, { type: 'RecordResponse' }>).data,
        },
      ]);
      expect(state(accepted)).toMatchObject({
        response: 'accepted',
        commitments: { 'cm-1': { dueOn: '2024-12-31' } },
      });
    });

    it('records a rejection that carries its explanation', () => {
      expect(state(rejected).response).toBe('rejected');
    });

    it.each([
      [
        'a rejection without explanation',
        [recommendationIssued],
        { position: 'rejected', text: ' ', commitments: [] },
        'response.explanation-required',
      ],
      [
        'a rejection with commitments',
        [recommendationIssued],
        { position: 'rejected' },
        'response.rejection-with-commitments',
      ],
      [
        'an acceptance without text',
        [recommendationIssued],
        { text: '' },
        'response.text-required',
      ],
      [
        'a second response while the first stands',
        accepted,
        { responseId: 'tl-2' },
        'recommendation.response-not-due',
      ],
      [
        'a response from another agency',
        [recommendationIssued],
        { agencyId: ids.city },
        'recommendation.not-addressee',
      ],
      [
        'a response dated before the issue',
        [recommendationIssued],
        { respondedOn: '2024-05-01' },
        'recommendation.date-before-issue',
      ],
      [
        'a commitment due before the response',
        [recommendationIssued],
        { commitments: [{ commitmentId: 'c', text: 'x', dueOn: '2024-06-01' }] },
        'response.commitment-due-in-past',
      ],
      [
        'a commitment listed twice',
        [recommendationIssued],
        {
          commitments: [
            { commitmentId: 'c', text: 'x', dueOn: '2024-07-01' },
            { commitmentId: 'c', text: 'y', dueOn: '2024-07-02' },
          ],
        },
        'response.commitment-repeated',
      ],
      [
        'a commitment that says nothing',
        [recommendationIssued],
        { commitments: [{ commitmentId: 'c', text: ' ', dueOn: '2024-07-01' }] },
        'response.commitment-text-required',
      ],
      [
        'a new response reusing the id of the one judged unsatisfactory',
        then(accepted, assess()),
        { respondedOn: '2024-07-01' },
        'response.already-recorded',
      ],
      ['a response to a closed recommendation', closed, {}, 'recommendation.closed'],
      ['a response to a recommendation never issued', [], {}, 'recommendation.not-issued'],
    ] as const)('refuses %s', (_l, history, over, code) => {
      expect(given(recommendationDecider, history).rejects(respond(over))).toBe(code);
    });
  });

  describe('AssessResponse', () => {
    it('an unsatisfactory verdict makes a new response due 10 working days later by default', () => {
      const events = given(recommendationDecider, accepted).when(assess());
      // Thursday 20/6 plus two working weeks: Thursday 4/7.
      expect(events).toEqual([
        {
          type: 'ResponseAssessed',
          data: {
            ...(assess().data as object),
            newResponseDueOn: '2024-07-04',
            newResponseDueAsked: { workingDays: 10 },
          },
        },
      ]);
      const s = state([...accepted, ...events]);
      expect(s.response).toBe('awaiting-response');
      expect(s.responseDue).toEqual({ originalDueOn: '2024-06-14', dueOn: '2024-07-04' });
    });

    it('after an unsatisfactory verdict the agency may respond again', () => {
      const reassessed = then(accepted, assess());
      expect(
        given(recommendationDecider, reassessed).when(
          respond({ responseId: 'tl-2', respondedOn: '2024-07-01' }),
        ),
      ).toHaveLength(1);
    });

    it('a satisfactory verdict keeps the response standing', () => {
      expect(state(then(accepted, assess({ verdict: 'satisfactory', note: '' }))).response).toBe(
        'accepted',
      );
    });

    it.each([
      ['an unknown response', accepted, { responseId: 'tl-9' }, 'response.unknown'],
      [
        'a response twice',
        then(accepted, assess({ verdict: 'satisfactory' })),
        {},
        'response.already-assessed',
      ],
      ['without a note when unsatisfactory', accepted, { note: '' }, 'assessment.note-required'],
      [
        'dated before the response',
        accepted,
        { assessedOn: '2024-06-01' },
        'assessment.before-response',
      ],
      [
        'with a new due date not after the assessment',
        accepted,
        { newResponseDueOn: '2024-06-20' },
        'assessment.due-not-after',
      ],
    ] as const)('refuses to assess %s', (_l, history, over, code) => {
      expect(given(recommendationDecider, history).rejects(assess(over))).toBe(code);
    });

    it('refuses to assess a superseded response', () => {
      const second = then(
        then(accepted, assess()),
        respond({ responseId: 'tl-2', respondedOn: '2024-07-01' }),
      );
      expect(
        given(recommendationDecider, second).rejects(
          assess({ responseId: 'tl-1', assessedOn: '2024-07-02' }),
        ),
      ).toBe('response.superseded');
    });
  });

  describe('implementation: ReportProgress and ReportCompletion', () => {
    it('moves to in-progress, then reported-done with evidence', () => {
      const inProgress = then(accepted, progress());
      expect(state(inProgress).implementation).toBe('in-progress');
      expect(state(then(inProgress, completion())).implementation).toBe('reported-done');
    });

    it.each([
      [
        'progress before any response',
        [recommendationIssued],
        progress(),
        'recommendation.not-accepted',
      ],
      [
        'progress on a rejected recommendation',
        rejected,
        progress(),
        'recommendation.not-accepted',
      ],
      ['progress above 100%', accepted, progress({ percent: 120 }), 'progress.percent-range'],
      ['progress without text', accepted, progress({ text: '' }), 'progress.text-required'],
      ['progress after completion', done, progress(), 'recommendation.already-reported-done'],
      [
        'completion without evidence',
        accepted,
        completion({ evidence: [] }),
        'completion.evidence-required',
      ],
      [
        'completion with evidence lacking a reference',
        accepted,
        completion({ evidence: [{ title: 'x', reference: '' }] }),
        'completion.evidence-incomplete',
      ],
      ['completion twice', done, completion(), 'recommendation.already-reported-done'],
      ['progress on a closed recommendation', closed, progress(), 'recommendation.closed'],
    ] as const)('refuses %s', (_l, history, command, code) => {
      expect(given(recommendationDecider, history).rejects(command)).toBe(code);
    });
  });

  describe('verification: CloseRecommendation and ReopenRecommendation', () => {
    it('closes as implemented once completion is reported', () => {
      expect(state(closed)).toMatchObject({
        status: 'closed',
        verification: 'implemented',
        closedOn: '2025-01-10',
      });
    });

    it('closes as no longer applicable at any time', () => {
      expect(
        state(then([recommendationIssued], close({ outcome: 'no-longer-applicable' })))
          .verification,
      ).toBe('no-longer-applicable');
    });

    it.each([
      [
        'as implemented before completion is reported',
        accepted,
        close(),
        'closure.completion-not-reported',
      ],
      [
        'as partially implemented with nothing reported',
        accepted,
        close({ outcome: 'partially-implemented' }),
        'closure.nothing-reported',
      ],
      ['without an assessment', done, close({ assessment: '' }), 'closure.assessment-required'],
      ['twice', closed, close(), 'recommendation.closed'],
    ] as const)('refuses to close %s', (_l, history, command, code) => {
      expect(given(recommendationDecider, history).rejects(command)).toBe(code);
    });

    it('reopens with a reason, sending the work back in progress', () => {
      const reopened = then(closed, {
        type: 'ReopenRecommendation',
        data: { recommendationId: rec, reopenedOn: '2025-02-01', reason: 'Dữ liệu vẫn bị mất' },
      });
      expect(state(reopened)).toMatchObject({
        status: 'open',
        verification: 'unverified',
        implementation: 'in-progress',
      });
    });

    it.each([
      [
        'an open recommendation',
        accepted,
        { reopenedOn: '2025-02-01', reason: 'x' },
        'recommendation.not-closed',
      ],
      [
        'without a reason',
        closed,
        { reopenedOn: '2025-02-01', reason: ' ' },
        'reopening.reason-required',
      ],
      [
        'before it was closed',
        closed,
        { reopenedOn: '2025-01-01', reason: 'x' },
        'reopening.before-closure',
      ],
    ] as const)('refuses to reopen %s', (_l, history, data, code) => {
      expect(
        given(recommendationDecider, history).rejects({
          type: 'ReopenRecommendation',
          data: { recommendationId: rec, ...data },
        }),
      ).toBe(code);
    });
  });

  describe('ExtendDeadline', () => {
    it('moves the response deadline and keeps the original date', () => {
      const events = given(recommendationDecider, [recommendationIssued]).when(extend());
      expect(events[0]).toMatchObject({
        data: {
          deadline: 'response',
          originalDueOn: '2024-06-14',
          previousDueOn: '2024-06-14',
          newDueOn: '2024-07-15',
        },
      });
      expect(state([recommendationIssued, ...events]).responseDue).toEqual({
        originalDueOn: '2024-06-14',
        dueOn: '2024-07-15',
      });
    });

    it('moves a commitment deadline', () => {
      const s = state(then(accepted, extend({ commitmentId: 'cm-1', newDueOn: '2025-03-31' })));
      expect(s.commitments['cm-1']).toEqual({ originalDueOn: '2024-12-31', dueOn: '2025-03-31' });
    });

    it.each([
      [
        'to an earlier date',
        [recommendationIssued],
        { newDueOn: '2024-06-01' },
        'deadline.not-later',
      ],
      ['without a reason', [recommendationIssued], { reason: '' }, 'deadline.reason-required'],
      [
        'without an approver',
        [recommendationIssued],
        { approvedBy: ' ' },
        'deadline.approver-required',
      ],
      ['of a response already in', accepted, {}, 'deadline.response-not-pending'],
      [
        'of an unknown commitment',
        accepted,
        { commitmentId: 'cm-9' },
        'deadline.commitment-unknown',
      ],
      ['on a closed recommendation', closed, {}, 'recommendation.closed'],
    ] as const)('refuses an extension %s', (_l, history, over, code) => {
      expect(given(recommendationDecider, history).rejects(extend(over))).toBe(code);
    });
  });

  describe('Escalate', () => {
    it('climbs the ladder and may repeat the further reminder', () => {
      let history = then([recommendationIssued], escalate('first-reminder'));
      history = then(history, escalate('further-reminder'));
      history = then(history, escalate('further-reminder'));
      history = then(history, escalate('explanation-session'));
      expect(state(history).escalation).toBe('explanation-session');
    });

    it('refuses a blank note, which would leave the record without what was asked', () => {
      expect(
        given(recommendationDecider, [recommendationIssued]).rejects(
          escalate('first-reminder', { note: '   ' }),
        ),
      ).toBe('escalation.note-required');
    });

    it('refuses to step down or repeat a step', () => {
      const at = then([recommendationIssued], escalate('interpellation'));
      expect(given(recommendationDecider, at).rejects(escalate('first-reminder'))).toBe(
        'escalation.not-upward',
      );
      expect(given(recommendationDecider, at).rejects(escalate('interpellation'))).toBe(
        'escalation.not-upward',
      );
    });

    it('refuses to escalate a closed recommendation', () => {
      expect(given(recommendationDecider, closed).rejects(escalate('first-reminder'))).toBe(
        'recommendation.closed',
      );
    });
  });

  describe('TransferRecommendation (agency succession)', () => {
    const toCity: RecommendationIssued = {
      ...recommendationIssued,
      data: { ...recommendationIssued.data, addresseeAgencyId: ids.city },
    };
    const transfer = (over = {}): RecommendationCommand => ({
      type: 'TransferRecommendation',
      data: {
        recommendationId: rec,
        fromAgencyId: ids.city,
        toAgencyId: 'ubnd-phuong-tan-ninh',
        effectiveOn: '2025-07-01',
        basis: 'Sắp xếp đơn vị hành chính 2025',
        ...over,
      },
    });

    it('passes the case to the successor and keeps the original addressee', () => {
      expect(state(then([toCity], transfer())).addressee).toEqual({
        originalAgencyId: ids.city,
        currentAgencyId: 'ubnd-phuong-tan-ninh',
        handovers: [{ agencyId: 'ubnd-phuong-tan-ninh', effectiveOn: '2025-07-01' }],
      });
    });

    it('refuses a handover dated before the handover that gave the case to this agency', () => {
      // The ward took the case on 2025-07-01; a handover back "from 2025-06-01" cannot be true.
      const moved = then([toCity], transfer());
      expect(
        given(recommendationDecider, moved).rejects(
          transfer({
            fromAgencyId: 'ubnd-phuong-tan-ninh',
            toAgencyId: ids.city,
            effectiveOn: '2025-06-01',
          }),
        ),
      ).toBe('transfer.before-last-handover');
    });

    it('refuses a transfer without its basis', () => {
      expect(given(recommendationDecider, [toCity]).rejects(transfer({ basis: ' ' }))).toBe(
        'transfer.basis-required',
      );
    });

    it('refuses a transfer from an agency that is not the addressee', () => {
      expect(given(recommendationDecider, [recommendationIssued]).rejects(transfer())).toBe(
        'recommendation.not-addressee',
      );
    });

    it('after the transfer only the successor may respond', () => {
      const moved = then([toCity], transfer());
      expect(given(recommendationDecider, moved).rejects(respond({ agencyId: ids.city }))).toBe(
        'recommendation.not-addressee',
      );
      expect(
        given(recommendationDecider, moved).when(respond({ agencyId: 'ubnd-phuong-tan-ninh' })),
      ).toHaveLength(1);
    });
  });

  describe('daysOverdue', () => {
    it('counts days past the response deadline while no response is in', () => {
      expect(daysOverdue(state([recommendationIssued]), '2024-06-14')).toBe(0);
      expect(daysOverdue(state([recommendationIssued]), '2024-06-20')).toBe(6);
    });

    it('counts days past a commitment while the work is not reported done', () => {
      expect(daysOverdue(state(accepted), '2025-01-02')).toBe(2);
      expect(daysOverdue(state(done), '2025-01-02')).toBe(0);
    });

    it('is zero for a closed recommendation', () => {
      expect(daysOverdue(state(closed), '2030-01-01')).toBe(0);
    });
  });
});
