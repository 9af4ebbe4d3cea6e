import { scorecardOf } from './agency-scorecard';

const row = (over: Partial<Parameters<typeof scorecardOf>[0][number]> = {}) => ({
  issued_on: '2024-05-15',
  response_due_on: '2024-06-14',
  first_responded_on: null,
  due_at_first_response: null,
  verification_track: 'unverified',
  ...over,
});

describe('scorecardOf', () => {
  it('counts on time, late answered, late unanswered, open, and the mean days to respond', () => {
    const card = scorecardOf(
      [
        row({ first_responded_on: '2024-06-10', due_at_first_response: '2024-06-14' }), // on time, 26 days
        row({
          first_responded_on: '2024-06-20',
          due_at_first_response: '2024-06-14',
          verification_track: 'implemented',
        }), // late, 36 days
        row(), // unanswered, past due on 2024-07-01
        row({ response_due_on: '2024-08-01' }), // unanswered, not yet due
      ],
      '2024-07-01',
    );
    expect(card).toEqual({
      received: 4,
      respondedOnTime: 1,
      late: 2,
      open: 3,
      meanDaysToRespond: 31,
      onTimeRate: 0.333,
    });
  });

  it('has no rates before anything is due', () => {
    expect(scorecardOf([row()], '2024-06-01')).toMatchObject({
      meanDaysToRespond: null,
      onTimeRate: null,
      late: 0,
    });
  });
});
