import { delegationDecider, delegationStandingOf } from '../delegation';
import {
  given,
  active,
  delegationEstablished,
  ids,
  recommendationIssued,
  surveyedDelegation,
} from '@hdnd/testing';
import type { RecommendationCommand, RecommendationEvent } from '.';
import { recommendationDecider } from '.';

/**
 * A decision's business date cannot come before what it depends on (the issue date, the
 * delegation's resolution, the findings it cites, the previous decision of its kind), nor after
 * the day it is recorded: an `asOfDate` replay would otherwise show a history that never was.
 */
const rec = ids.recommendation;
const standing = delegationStandingOf(
  given(delegationDecider, surveyedDelegation).state(),
  ids.delegation,
);
const issue = (over = {}, today?: string): RecommendationCommand => ({
  type: 'IssueRecommendation',
  data: { ...recommendationIssued.data, ...over },
  origin: standing,
  addressee: active(ids.province),
  ...(today !== undefined && { today }),
});
const cmd = (type: string, data: object, today?: string): RecommendationCommand =>
  ({
    type,
    data: { recommendationId: rec, ...data },
    ...(today !== undefined && { today }),
  }) as RecommendationCommand;
const respond = (respondedOn: string, responseId = 'tl-1', today?: string) =>
  cmd(
    'RecordResponse',
    {
      responseId,
      agencyId: ids.province,
      respondedOn,
      position: 'accepted',
      text: 'UBND tỉnh tiếp thu',
      commitments: [{ commitmentId: `cm-${responseId}`, text: 'Khôi phục', dueOn: '2027-12-31' }],
    },
    today,
  );
const assess = (assessedOn: string, verdict = 'unsatisfactory') =>
  cmd('AssessResponse', { responseId: 'tl-1', assessedOn, verdict, note: 'Chưa nêu lộ trình' });
const progress = (reportedOn: string) =>
  cmd('ReportProgress', { reportedOn, text: 'Đã khôi phục 60%', percent: 60 });
const completion = (reportedOn: string) =>
  cmd('ReportCompletion', {
    reportedOn,
    text: 'Đã hoàn thành',
    evidence: [{ title: 'Báo cáo số 123/BC-UBND', reference: '123/BC-UBND' }],
  });
const close = (closedOn: string, outcome = 'implemented', today?: string) =>
  cmd('CloseRecommendation', { closedOn, outcome, assessment: 'Đã kiểm tra' }, today);
const reopen = (reopenedOn: string) =>
  cmd('ReopenRecommendation', { reopenedOn, reason: 'Tái phạm' });
const extend = (extendedOn: string, newDueOn: string) =>
  cmd('ExtendDeadline', {
    extendedOn,
    newDueOn,
    reason: 'Chờ ý kiến Bộ',
    approvedBy: 'Nguyễn Đài Thy',
  });
const escalate = (step: string, escalatedOn: string) =>
  cmd('Escalate', { step, escalatedOn, note: 'Công văn đôn đốc' });

const then = (history: readonly RecommendationEvent[], command: RecommendationCommand) => [
  ...history,
  ...given(recommendationDecider, history).when(command),
];
const rejects = (history: readonly RecommendationEvent[], command: RecommendationCommand) =>
  given(recommendationDecider, history).rejects(command);

const issued = [recommendationIssued]; // issued 2024-05-15, response due 2024-06-14
const accepted = then(issued, respond('2024-06-10'));
const done = then(accepted, completion('2024-12-20'));
const closed = then(done, close('2025-01-10'));
const reopened = then(closed, reopen('2025-02-01'));

describe('Recommendation decisions are dated in order', () => {
  it('refuses a recommendation issued before the resolution that established the delegation', () => {
    expect(delegationEstablished.data.legalBasis.issuedOn).toBe('2023-12-08');
    expect(rejects([], issue({ issuedOn: '2023-12-01', responseDueOn: '2024-01-31' }))).toBe(
      'recommendation.before-establishment',
    );
  });

  it('refuses a recommendation issued before a finding it cites was recorded', () => {
    // The findings were recorded on 2024-04-02.
    expect(rejects([], issue({ issuedOn: '2024-04-01', responseDueOn: '2024-05-31' }))).toBe(
      'recommendation.before-finding',
    );
    expect(
      given(recommendationDecider, []).when(
        issue({ issuedOn: '2024-04-02', responseDueOn: '2024-05-31' }),
      ),
    ).toHaveLength(1);
  });

  it('refuses a closure dated before the last reopening', () => {
    const again = then(reopened, completion('2025-02-10'));
    expect(rejects(again, close('2025-01-31'))).toBe('closure.before-reopening');
    expect(given(recommendationDecider, again).when(close('2025-02-10'))).toHaveLength(1);
  });

  it('refuses a closure dated before the work it verifies was reported', () => {
    expect(rejects(done, close('2024-12-19'))).toBe('closure.before-report');
  });

  it('refuses an extension dated before the issue date', () => {
    expect(rejects(issued, extend('2024-05-14', '2024-07-15'))).toBe(
      'recommendation.date-before-issue',
    );
  });

  it('refuses an extension dated before the previous extension', () => {
    const once = then(issued, extend('2024-06-12', '2024-07-15'));
    expect(rejects(once, extend('2024-06-11', '2024-07-31'))).toBe(
      'deadline.before-previous-extension',
    );
    expect(
      given(recommendationDecider, once).when(extend('2024-06-12', '2024-07-31')),
    ).toHaveLength(1);
  });

  it('refuses an escalation dated before the previous escalation', () => {
    const first = then(issued, escalate('first-reminder', '2024-06-20'));
    expect(rejects(first, escalate('further-reminder', '2024-06-19'))).toBe(
      'escalation.before-previous',
    );
  });

  it('refuses a new response dated before the assessment that asked for it', () => {
    const judged = then(accepted, assess('2024-06-20'));
    expect(rejects(judged, respond('2024-06-19', 'tl-2'))).toBe('response.before-assessment');
    expect(given(recommendationDecider, judged).when(respond('2024-06-20', 'tl-2'))).toHaveLength(
      1,
    );
  });

  it('refuses progress or completion dated before the response that accepted the work', () => {
    expect(rejects(accepted, progress('2024-06-09'))).toBe('implementation.before-response');
    expect(rejects(accepted, completion('2024-06-09'))).toBe('implementation.before-response');
  });

  it('refuses a completion dated before the last progress report', () => {
    const going = then(accepted, progress('2024-09-01'));
    expect(rejects(going, completion('2024-08-31'))).toBe('completion.before-progress');
  });

  describe('nothing is dated after the day it is recorded (today, given by the application)', () => {
    const today = '2026-12-04';
    it.each([
      [
        'an issue',
        [] as RecommendationEvent[],
        issue({ issuedOn: '2027-06-01', responseDueOn: '2027-07-01' }, today),
      ],
      ['a response', issued, respond('2027-01-01', 'tl-1', today)],
      ['a closure', done, close('2026-12-05', 'implemented', today)],
      [
        'an escalation',
        issued,
        { ...escalate('first-reminder', '2026-12-05'), today } as RecommendationCommand,
      ],
      [
        'an extension',
        issued,
        { ...extend('2026-12-05', '2027-01-31'), today } as RecommendationCommand,
      ],
    ])('refuses %s dated after today', (_, history, command) => {
      expect(rejects(history, command)).toBe('date.in-future');
    });

    it('accepts a decision dated today', () => {
      expect(given(recommendationDecider, issued).when(respond(today, 'tl-1', today))).toHaveLength(
        1,
      );
    });
  });
});
