import { scorecardsOf, type ScorecardHandover, type ScorecardRow } from './agency-scorecard';

const CITY = 'ubnd-tp-tay-ninh';
const WARD = 'ubnd-phuong-tan-ninh';

let n = 0;
const row = (over: Partial<ScorecardRow> = {}): ScorecardRow => ({
  id: `kn-${++n}`,
  original_agency_id: CITY,
  current_agency_id: CITY,
  issued_on: '2024-05-15',
  response_due_on: '2024-06-14',
  first_responded_on: null,
  due_at_first_response: null,
  verification_track: 'unverified',
  ...over,
});

/** The city's case passed to the ward on 2025-07-01. */
const handover = (caseId: string, position = 1): ScorecardHandover => ({
  case_id: caseId,
  from_agency_id: CITY,
  to_agency_id: WARD,
  effective_on: '2025-07-01',
  position,
});

describe('scorecardsOf', () => {
  it('counts on time, late answered, late unanswered, open, and the mean days to respond', () => {
    const card = scorecardsOf(
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
      [],
      '2024-07-01',
    ).get(CITY);
    expect(card).toEqual({
      received: 4,
      passedIn: 0,
      passedOn: 0,
      respondedOnTime: 1,
      late: 2,
      open: 3,
      meanDaysToRespond: 31,
      onTimeRate: 0.333,
    });
  });

  it('has no rates before anything is due', () => {
    expect(scorecardsOf([row()], [], '2024-06-01').get(CITY)).toMatchObject({
      meanDaysToRespond: null,
      onTimeRate: null,
      late: 0,
    });
  });

  it('keeps on the city’s card what it received and missed before its succession; the ward gets what fell due after', () => {
    const missedByCity = row({ current_agency_id: WARD, response_due_on: '2025-05-15' });
    const dueAfter = row({ current_agency_id: WARD, response_due_on: '2025-08-15' });
    const cards = scorecardsOf(
      [missedByCity, dueAfter],
      [handover(missedByCity.id), handover(dueAfter.id, 2)],
      '2025-09-01',
    );
    expect(cards.get(CITY)).toMatchObject({ received: 2, passedOn: 2, late: 1, open: 0 });
    expect(cards.get(WARD)).toMatchObject({ received: 0, passedIn: 2, late: 1, open: 2 });
  });

  it('follows a case through two successions, each deadline to whoever held it then', () => {
    const rec = row({
      current_agency_id: 'ubnd-xa-moi',
      response_due_on: '2025-09-30',
      first_responded_on: '2025-09-20',
      due_at_first_response: '2025-09-30',
    });
    const cards = scorecardsOf(
      [rec],
      [
        {
          ...handover(rec.id, 2),
          from_agency_id: WARD,
          to_agency_id: 'ubnd-xa-moi',
          effective_on: '2025-09-01',
        },
        handover(rec.id, 1),
      ],
      '2025-10-01',
    );
    expect(cards.get(WARD)).toMatchObject({ passedIn: 1, passedOn: 1, respondedOnTime: 0 });
    expect(cards.get('ubnd-xa-moi')).toMatchObject({ passedIn: 1, respondedOnTime: 1, open: 1 });
  });
});
