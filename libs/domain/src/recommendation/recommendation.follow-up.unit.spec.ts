import { WorkingCalendar } from '../calendar';
import { given, ids, recommendationIssued } from '@hdnd/testing';
import type { RecommendationEvent } from '.';
import { daysOverdue, recommendationDecider, type IssuedRecommendation } from '.';

const calendar = new WorkingCalendar();
const followUp = (today: string, reminderDays = [15, 7, 3]) => ({
  type: 'FollowUpDeadlines' as const,
  data: { recommendationId: ids.recommendation, today, reminderDays },
  calendar,
});
/** Issued 2024-05-15, response due Friday 2024-06-14 (the seed case). */
const issued: RecommendationEvent[] = [recommendationIssued];

describe('Following up deadlines', () => {
  it('sends nothing while the deadline is further than the first reminder step', () => {
    expect(given(recommendationDecider, issued).when(followUp('2024-05-16'))).toEqual([]);
  });

  it('reminds UBND tỉnh 15 working days before the response is due', () => {
    // 2024-05-24 (Fri) → 2024-06-14 (Fri): 15 working days.
    expect(given(recommendationDecider, issued).when(followUp('2024-05-24'))).toEqual([
      {
        type: 'ReminderIssued',
        data: {
          recommendationId: ids.recommendation,
          agencyId: ids.province,
          deadline: 'response',
          dueOn: '2024-06-14',
          workingDaysBefore: 15,
          workingDaysLeft: 15,
          issuedOn: '2024-05-24',
        },
      },
    ]);
  });

  it('sends each reminder once, however often the sweep runs', () => {
    const first = given(recommendationDecider, issued).when(followUp('2024-05-24'));
    expect(
      given(recommendationDecider, [...issued, ...first]).when(followUp('2024-05-24')),
    ).toEqual([]);
    expect(
      given(recommendationDecider, [...issued, ...first]).when(followUp('2024-05-27')),
    ).toEqual([]);
  });

  it('sends the nearest step when the sweep missed one (7 days, not a late 15-day one)', () => {
    const events = given(recommendationDecider, issued).when(followUp('2024-06-06'));
    expect(events.map((e) => e.data)).toEqual([
      expect.objectContaining({ workingDaysBefore: 7, workingDaysLeft: 6 }),
    ]);
  });

  it('records a missed deadline the day after it, once', () => {
    const missed = given(recommendationDecider, issued).when(followUp('2024-06-15'));
    expect(missed).toEqual([
      {
        type: 'DeadlineMissed',
        data: {
          recommendationId: ids.recommendation,
          agencyId: ids.province,
          deadline: 'response',
          dueOn: '2024-06-14',
          missedOn: '2024-06-15',
        },
      },
    ]);
    expect(
      given(recommendationDecider, [...issued, ...missed]).when(followUp('2024-07-01')),
    ).toEqual([]);
  });

  it('follows commitments once the response is in, and nothing once the work is reported done', () => {
    const responded: RecommendationEvent = {
      type: 'ResponseRecorded',
      data: {
        recommendationId: ids.recommendation,
        responseId: 'tl-1',
        agencyId: ids.province,
        respondedOn: '2024-06-10',
        position: 'accepted',
        text: 'Tiếp thu',
        commitments: [{ commitmentId: 'cm-1', text: 'Khôi phục dữ liệu', dueOn: '2024-12-31' }],
      },
    };
    const late = given(recommendationDecider, [...issued, responded]).when(followUp('2025-01-02'));
    expect(late.map((e) => [e.type, (e.data as { deadline?: string }).deadline])).toEqual([
      ['DeadlineMissed', 'commitment:cm-1'],
    ]);
    const done: RecommendationEvent = {
      type: 'CompletionReported',
      data: {
        recommendationId: ids.recommendation,
        reportedOn: '2024-12-20',
        text: 'Đã xong',
        evidence: [{ title: 'Báo cáo', reference: '1/BC' }],
      },
    };
    expect(
      given(recommendationDecider, [...issued, responded, done]).when(followUp('2025-01-02')),
    ).toEqual([]);
  });

  it('does not charge a commitment met on time once the recommendation is reopened', () => {
    const responded: RecommendationEvent = {
      type: 'ResponseRecorded',
      data: {
        recommendationId: ids.recommendation,
        responseId: 'tl-1',
        agencyId: ids.province,
        respondedOn: '2024-06-10',
        position: 'accepted',
        text: 'Tiếp thu',
        commitments: [{ commitmentId: 'cm-1', text: 'Khôi phục dữ liệu', dueOn: '2024-12-31' }],
      },
    };
    const history: RecommendationEvent[] = [
      ...issued,
      responded,
      {
        type: 'CompletionReported',
        data: {
          recommendationId: ids.recommendation,
          reportedOn: '2024-12-20',
          text: 'Đã xong',
          evidence: [{ title: 'Báo cáo', reference: '1/BC' }],
        },
      },
      {
        type: 'RecommendationClosed',
        data: {
          recommendationId: ids.recommendation,
          closedOn: '2024-12-25',
          outcome: 'implemented',
          assessment: 'Đã kiểm tra',
          supervisionLaw: '87/2015/QH13',
        },
      },
      {
        type: 'RecommendationReopened',
        data: {
          recommendationId: ids.recommendation,
          reopenedOn: '2024-12-28',
          reason: 'Người dân vẫn phản ánh',
          supervisionLaw: '87/2015/QH13',
        },
      },
    ];
    // Met on 2024-12-20, due 2024-12-31: the sweep after the due date finds nothing missed.
    expect(given(recommendationDecider, history).when(followUp('2025-01-02'))).toEqual([]);
    expect(
      daysOverdue(
        given(recommendationDecider, history).state() as IssuedRecommendation,
        '2025-01-02',
      ),
    ).toBe(0);
  });

  it('says nothing about a recommendation that does not exist', () => {
    expect(given(recommendationDecider, []).when(followUp('2024-06-15'))).toEqual([]);
  });

  it('charges a deadline missed before a succession to the agency that answered on the due date', () => {
    // The province is merged on 2025-07-01, a year after its response was due (2024-06-14) and
    // before the sweep first ran: the miss is the province's, not its successor's.
    const transferred: RecommendationEvent = {
      type: 'RecommendationTransferred',
      data: {
        recommendationId: ids.recommendation,
        fromAgencyId: ids.province,
        toAgencyId: 'ubnd-tinh-moi',
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp tỉnh',
      },
    };
    const events = given(recommendationDecider, [...issued, transferred]).when(
      followUp('2025-07-10'),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'DeadlineMissed',
        data: expect.objectContaining({ agencyId: ids.province, dueOn: '2024-06-14' }),
      }),
    ]);
  });

  it('charges a deadline that falls after the succession to the successor', () => {
    const extendedPastTheMerger: RecommendationEvent[] = [
      {
        ...recommendationIssued,
        data: { ...recommendationIssued.data, responseDueOn: '2025-08-15' },
      } as RecommendationEvent,
      {
        type: 'RecommendationTransferred',
        data: {
          recommendationId: ids.recommendation,
          fromAgencyId: ids.province,
          toAgencyId: 'ubnd-tinh-moi',
          effectiveOn: '2025-07-01',
          basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp tỉnh',
        },
      },
    ];
    const events = given(recommendationDecider, extendedPastTheMerger).when(followUp('2025-08-18'));
    expect(events).toEqual([
      expect.objectContaining({
        type: 'DeadlineMissed',
        data: expect.objectContaining({ agencyId: 'ubnd-tinh-moi', dueOn: '2025-08-15' }),
      }),
    ]);
  });
});
