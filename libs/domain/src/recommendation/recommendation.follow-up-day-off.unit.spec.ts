import { WorkingCalendar } from '../calendar';
import { given, ids, recommendationIssued } from '@hdnd/testing';
import type { RecommendationEvent } from '.';
import { recommendationDecider } from '.';

const followUp = (today: string) => ({
  type: 'FollowUpDeadlines' as const,
  data: { recommendationId: ids.recommendation, today, reminderDays: [15, 7, 3] },
  calendar: new WorkingCalendar(),
});

/**
 * A log written before due dates were moved off days off can hold one on a Saturday. The law
 * gives the agency until the next working day (Civil Code 2015, art. 148): the sweep must not
 * record a miss over the weekend.
 */
describe('Following up a deadline recorded on a day off', () => {
  const onSaturday: RecommendationEvent[] = [
    {
      ...recommendationIssued,
      data: { ...recommendationIssued.data, responseDueOn: '2024-06-15' },
    },
  ];

  it('records no miss on the Sunday or the Monday after a Saturday due date', () => {
    for (const today of ['2024-06-16', '2024-06-17'])
      expect(
        given(recommendationDecider, onSaturday)
          .when(followUp(today))
          .filter((e) => e.type === 'DeadlineMissed'),
      ).toEqual([]);
  });

  it('records the miss on the Tuesday, with the due date as recorded', () => {
    expect(given(recommendationDecider, onSaturday).when(followUp('2024-06-18'))).toEqual([
      {
        type: 'DeadlineMissed',
        data: {
          recommendationId: ids.recommendation,
          agencyId: ids.province,
          deadline: 'response',
          dueOn: '2024-06-15',
          missedOn: '2024-06-18',
        },
      },
    ]);
  });
});
