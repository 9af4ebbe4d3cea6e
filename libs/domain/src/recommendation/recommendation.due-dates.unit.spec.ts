import { WorkingCalendar } from '../calendar';
import { given, active, ids, recommendationIssued } from '@hdnd/testing';
import type { RecommendationCommand, RecommendationEvent } from '.';
import { recommendationDecider } from '.';

/**
 * Due dates as the law states them: so many working days, or a date that moves off a day off.
 * The calendar of 2025 as announced: 30/4 and 1/5 are holidays, 2/5 an extra day off made up
 * on Saturday 26/4 (the government's announcement, kept as data).
 */
const calendar = new WorkingCalendar([
  { date: '2025-05-02', kind: 'day-off', basis: 'Thông báo 6150/TB-BNV' },
  { date: '2025-04-26', kind: 'working-day', basis: 'Thông báo 6150/TB-BNV' },
]);

const rec = ids.recommendation;
const { responseDueOn: _due, supervisionLaw: _law, ...issuedData } = recommendationIssued.data;
const issue = (due: object): RecommendationCommand => ({
  type: 'IssueRecommendation',
  data: { ...issuedData, issuedOn: '2025-04-25', ...due },
  origin: {
    kind: 'delegation',
    id: ids.delegation,
    recorded: true,
    parts: { [ids.vneidFinding]: '2024-04-02', [ids.indexFinding]: '2024-04-02' },
  },
  addressee: active(ids.province),
  calendar,
});
const decided = (history: readonly RecommendationEvent[], command: RecommendationCommand) => [
  ...history,
  ...given(recommendationDecider, history).when(command),
];
const issued = decided([], issue({ responseDueOn: '2025-05-26' }));
const respond = (commitment: object): RecommendationCommand => ({
  type: 'RecordResponse',
  data: {
    recommendationId: rec,
    responseId: 'tl-1',
    agencyId: ids.province,
    respondedOn: '2025-04-29',
    position: 'accepted',
    text: 'UBND tỉnh tiếp thu',
    commitments: [{ commitmentId: 'cm-1', text: 'Khôi phục dữ liệu', ...commitment }],
  },
  calendar,
});
const accepted = decided(issued, respond({ dueOn: '2025-06-30' }));
const assess = (over: object = {}): RecommendationCommand => ({
  type: 'AssessResponse',
  data: {
    recommendationId: rec,
    responseId: 'tl-1',
    assessedOn: '2025-04-29',
    verdict: 'unsatisfactory',
    note: 'Chưa nêu lộ trình',
    ...over,
  },
  calendar,
});
const extend = (over: object): RecommendationCommand => ({
  type: 'ExtendDeadline',
  data: {
    recommendationId: rec,
    extendedOn: '2025-05-20',
    reason: 'Chờ ý kiến Bộ Công an',
    approvedBy: 'Nguyễn Đài Thy',
    ...over,
  },
  calendar,
});
const dataOf = (events: readonly RecommendationEvent[]) =>
  events[0]!.data as Record<string, unknown>;

describe('due dates in working days and off days off', () => {
  describe('IssueRecommendation', () => {
    it('counts 10 working days from the issue date past the holidays and the announced day off', () => {
      // From Fri 25/4: Sat 26/4 (worked), 28, 29/4, then 30/4, 1/5 and 2/5 off, 5–9/5, 12, 13/5.
      const data = dataOf(
        given(recommendationDecider, []).when(issue({ responseDueInWorkingDays: 10 })),
      );
      expect(data.responseDueOn).toBe('2025-05-13');
      expect(data.responseDueAsked).toEqual({ workingDays: 10 });
      expect(data).not.toHaveProperty('responseDueInWorkingDays');
    });

    it('moves a due date that falls on a day off to the next working day, and records the date asked', () => {
      // 30/4 and 1/5 holidays, 2/5 announced off, 3–4/5 the weekend: Monday 5/5.
      const data = dataOf(
        given(recommendationDecider, []).when(issue({ responseDueOn: '2025-04-30' })),
      );
      expect(data.responseDueOn).toBe('2025-05-05');
      expect(data.responseDueAsked).toEqual({ on: '2025-04-30' });
    });

    it('keeps a due date that is a working day as it was given, with nothing more said', () => {
      const data = dataOf(issued);
      expect(data.responseDueOn).toBe('2025-05-26');
      expect(data).not.toHaveProperty('responseDueAsked');
    });

    it.each([
      ['neither a date nor working days', {}, 'deadline.due-required'],
      [
        'both a date and working days',
        { responseDueOn: '2025-05-26', responseDueInWorkingDays: 10 },
        'deadline.due-ambiguous',
      ],
      ['zero working days', { responseDueInWorkingDays: 0 }, 'deadline.working-days-invalid'],
      ['a fraction of a day', { responseDueInWorkingDays: 1.5 }, 'deadline.working-days-invalid'],
    ])('refuses %s', (_, due, code) => {
      expect(given(recommendationDecider, []).rejects(issue(due))).toBe(code);
    });
  });

  describe('RecordResponse', () => {
    it('counts a commitment in working days from the response date', () => {
      // From Tue 29/4: 30/4, 1/5, 2/5 off, 3–4/5 weekend; 5/5 is the first working day.
      const events = given(recommendationDecider, issued).when(respond({ dueInWorkingDays: 5 }));
      expect((dataOf(events).commitments as object[])[0]).toEqual({
        commitmentId: 'cm-1',
        text: 'Khôi phục dữ liệu',
        dueOn: '2025-05-09',
        dueAsked: { workingDays: 5 },
      });
    });

    it('moves a commitment due on a Sunday to the Monday', () => {
      const events = given(recommendationDecider, issued).when(respond({ dueOn: '2025-06-29' }));
      expect((dataOf(events).commitments as object[])[0]).toMatchObject({
        dueOn: '2025-06-30',
        dueAsked: { on: '2025-06-29' },
      });
    });

    it('refuses a commitment without a due date', () => {
      expect(given(recommendationDecider, issued).rejects(respond({}))).toBe(
        'deadline.due-required',
      );
    });
  });

  describe('AssessResponse', () => {
    it('makes the new response due 10 working days after an unsatisfactory assessment by default', () => {
      const data = dataOf(given(recommendationDecider, accepted).when(assess()));
      // From Tue 29/4: 30/4, 1/5, 2/5 off; 5–9/5 and 12–16/5.
      expect(data.newResponseDueOn).toBe('2025-05-16');
      expect(data.newResponseDueAsked).toEqual({ workingDays: 10 });
    });

    it('moves a new response due on a holiday to the next working day', () => {
      const data = dataOf(
        given(recommendationDecider, accepted).when(assess({ newResponseDueOn: '2025-05-01' })),
      );
      expect(data.newResponseDueOn).toBe('2025-05-05');
      expect(data.newResponseDueAsked).toEqual({ on: '2025-05-01' });
    });
  });

  describe('ExtendDeadline', () => {
    it('extends by working days counted from the current due date', () => {
      // Mon 26/5 plus 5 working days: Mon 2/6.
      const data = dataOf(
        given(recommendationDecider, issued).when(extend({ newDueInWorkingDays: 5 })),
      );
      expect(data).toMatchObject({
        previousDueOn: '2025-05-26',
        newDueOn: '2025-06-02',
        newDueAsked: { workingDays: 5 },
      });
    });

    it('moves a new due date on a Saturday to the Monday', () => {
      const data = dataOf(
        given(recommendationDecider, issued).when(extend({ newDueOn: '2025-06-07' })),
      );
      expect(data).toMatchObject({ newDueOn: '2025-06-09', newDueAsked: { on: '2025-06-07' } });
    });

    it('refuses an extension that gives neither a date nor working days', () => {
      expect(given(recommendationDecider, issued).rejects(extend({}))).toBe(
        'deadline.due-required',
      );
    });
  });
});
