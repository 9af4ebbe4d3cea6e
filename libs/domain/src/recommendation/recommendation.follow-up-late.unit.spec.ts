import { WorkingCalendar } from '../calendar';
import { supervisionLawOn } from '../shared';
import { given, ids, recommendationIssued } from '@hdnd/testing';
import type { RecommendationEvent } from '.';
import { recommendationDecider } from '.';

/**
 * Every response deadline is followed up, not only the first: the new response due after an
 * unsatisfactory assessment, with its extensions, and one answered late before any sweep saw it
 * pass (a case entered after the fact, or a sweep that did not run in time).
 */
const calendar = new WorkingCalendar();
const followUp = (today: string) => ({
  type: 'FollowUpDeadlines' as const,
  data: { recommendationId: ids.recommendation, today, reminderDays: [] },
  calendar,
});
const recommendationId = ids.recommendation;
const district = ids.province;
const ward = 'dn-phuong-sontra';

/** Issued 2024-05-15; the first response on time; judged unsatisfactory; extended to 2025-06-20. */
const newResponseExtended: RecommendationEvent[] = [
  recommendationIssued,
  {
    type: 'ResponseRecorded',
    data: {
      recommendationId,
      responseId: 'tl-1',
      agencyId: district,
      respondedOn: '2024-06-10',
      position: 'accepted',
      text: 'Tiếp thu',
      commitments: [],
    },
  },
  {
    type: 'ResponseAssessed',
    data: {
      recommendationId,
      responseId: 'tl-1',
      assessedOn: '2024-06-20',
      verdict: 'unsatisfactory',
      note: 'Chưa nêu lộ trình',
      newResponseDueOn: '2025-05-30',
    },
  },
  {
    type: 'DeadlineExtended',
    data: {
      recommendationId,
      deadline: 'response',
      originalDueOn: '2024-06-14',
      previousDueOn: '2025-05-30',
      newDueOn: '2025-06-10',
      extendedOn: '2025-05-28',
      reason: 'Chờ ý kiến sở',
      approvedBy: 'Trưởng đoàn',
      supervisionLaw: supervisionLawOn('2025-05-28'),
    },
  },
  {
    type: 'DeadlineExtended',
    data: {
      recommendationId,
      deadline: 'response',
      originalDueOn: '2024-06-14',
      previousDueOn: '2025-06-10',
      newDueOn: '2025-06-20',
      extendedOn: '2025-06-09',
      reason: 'Chờ ý kiến sở',
      approvedBy: 'Trưởng đoàn',
      supervisionLaw: supervisionLawOn('2025-06-09'),
    },
  },
];
const merged: RecommendationEvent = {
  type: 'RecommendationTransferred',
  data: {
    recommendationId,
    fromAgencyId: district,
    toAgencyId: ward,
    effectiveOn: '2025-07-01',
    basis: 'Nghị quyết sắp xếp đơn vị hành chính',
  },
};
const wardAnswers: RecommendationEvent = {
  type: 'ResponseRecorded',
  data: {
    recommendationId,
    responseId: 'tl-2',
    agencyId: ward,
    respondedOn: '2025-07-10',
    position: 'accepted',
    text: 'Bổ sung lộ trình',
    commitments: [],
  },
};
const missedNewResponse = (agencyId: string, missedOn: string) => ({
  type: 'DeadlineMissed',
  data: { recommendationId, agencyId, deadline: 'response', dueOn: '2025-06-20', missedOn },
});

describe('Following up a new response after an unsatisfactory assessment', () => {
  it('records the extended new-response deadline as missed once it passes unanswered', () => {
    expect(given(recommendationDecider, newResponseExtended).when(followUp('2025-06-23'))).toEqual([
      missedNewResponse(district, '2025-06-23'),
    ]);
  });

  it('records it missed, charged to the district, when the ward answered late before any sweep', () => {
    const events = given(recommendationDecider, [...newResponseExtended, merged, wardAnswers]).when(
      followUp('2025-07-15'),
    );
    expect(events).toEqual([missedNewResponse(district, '2025-07-15')]);
  });

  it('records a late answer without a succession too, and only once', () => {
    const districtAnswersLate: RecommendationEvent = {
      ...wardAnswers,
      data: { ...wardAnswers.data, agencyId: district },
    } as RecommendationEvent;
    const history = [...newResponseExtended, districtAnswersLate];
    const missed = given(recommendationDecider, history).when(followUp('2025-07-15'));
    expect(missed).toEqual([missedNewResponse(district, '2025-07-15')]);
    expect(
      given(recommendationDecider, [...history, ...missed]).when(followUp('2025-07-16')),
    ).toEqual([]);
  });

  it('does not record it again when the sweep saw it pass before the late answer', () => {
    const seen = given(recommendationDecider, newResponseExtended).when(followUp('2025-06-23'));
    expect(
      given(recommendationDecider, [...newResponseExtended, ...seen, merged, wardAnswers]).when(
        followUp('2025-07-15'),
      ),
    ).toEqual([]);
  });

  it('records nothing for a response deadline answered on time', () => {
    const onTime: RecommendationEvent = {
      ...wardAnswers,
      data: { ...wardAnswers.data, agencyId: district, respondedOn: '2025-06-20' },
    } as RecommendationEvent;
    expect(
      given(recommendationDecider, [...newResponseExtended, onTime]).when(followUp('2025-07-15')),
    ).toEqual([]);
  });
});

describe('Following up a commitment met late', () => {
  const responded: RecommendationEvent = {
    type: 'ResponseRecorded',
    data: {
      recommendationId,
      responseId: 'tl-1',
      agencyId: district,
      respondedOn: '2024-06-10',
      position: 'accepted',
      text: 'Tiếp thu',
      commitments: [{ commitmentId: 'cm-1', text: 'Bàn giao mặt bằng', dueOn: '2025-06-20' }],
    },
  };
  const doneOn = (reportedOn: string): RecommendationEvent => ({
    type: 'CompletionReported',
    data: {
      recommendationId,
      reportedOn,
      text: 'Đã bàn giao',
      evidence: [{ title: 'Biên bản bàn giao', reference: '12/BB' }],
    },
  });

  it('records it missed, charged to the district, when the ward reported it done late before any sweep', () => {
    const events = given(recommendationDecider, [
      recommendationIssued,
      responded,
      merged,
      doneOn('2025-07-10'),
    ]).when(followUp('2025-07-15'));
    expect(events).toEqual([
      {
        type: 'DeadlineMissed',
        data: {
          recommendationId,
          agencyId: district,
          deadline: 'commitment:cm-1',
          dueOn: '2025-06-20',
          missedOn: '2025-07-15',
        },
      },
    ]);
  });

  it('records nothing for a commitment met on time', () => {
    expect(
      given(recommendationDecider, [recommendationIssued, responded, doneOn('2025-06-20')]).when(
        followUp('2025-07-15'),
      ),
    ).toEqual([]);
  });
});
