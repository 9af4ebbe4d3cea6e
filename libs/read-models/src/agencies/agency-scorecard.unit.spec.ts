import {
  FIRST_DEADLINE,
  scorecardsOf,
  type ScorecardDeadline,
  type ScorecardHandover,
  type ScorecardRow,
} from './agency-scorecard';

const CITY = 'ubnd-tp-tay-ninh';
const WARD = 'ubnd-phuong-tan-ninh';

let n = 0;
/**
 * A recommendation and its response deadlines, each `[dueOn, answeredOn]`: the first opened by
 * the issue, the next ones by unsatisfactory assessments. Issued 2024-05-15, due 2024-06-14.
 */
const rec = (
  over: Partial<ScorecardRow> = {},
  deadlines: [string, string | null][] = [['2024-06-14', null]],
): { row: ScorecardRow; deadlines: ScorecardDeadline[] } => {
  const id = `kn-${++n}`;
  return {
    row: {
      id,
      original_agency_id: CITY,
      current_agency_id: CITY,
      issued_on: '2024-05-15',
      response_due_on: deadlines.at(-1)![0],
      first_responded_on: deadlines[0]![1],
      verification_track: 'unverified',
      closed_on: null,
      ...over,
    },
    deadlines: deadlines.map(([due_on, answered_on], i) => ({
      recommendation_id: id,
      opened_by: i === 0 ? FIRST_DEADLINE : `tl-${i}`,
      due_on,
      answered_on,
    })),
  };
};
const cards = (recs: ReturnType<typeof rec>[], handovers: ScorecardHandover[], today: string) =>
  scorecardsOf(
    recs.map((r) => r.row),
    recs.flatMap((r) => r.deadlines),
    handovers,
    today,
  );

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
    const card = cards(
      [
        rec({}, [['2024-06-14', '2024-06-10']]), // on time, 26 days
        rec({ verification_track: 'implemented', closed_on: '2024-06-30' }, [
          ['2024-06-14', '2024-06-20'],
        ]), // late, 36 days
        rec(), // unanswered, past due on 2024-07-01
        rec({}, [['2024-08-01', null]]), // unanswered, not yet due
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

  it('counts each new response due after an unsatisfactory assessment, as extended', () => {
    const card = cards(
      [
        // First answered on time; the new response, extended to 2024-09-20, answered late.
        rec({}, [
          ['2024-06-14', '2024-06-10'],
          ['2024-09-20', '2024-10-01'],
        ]),
        // First answered on time; the new response not answered, past due.
        rec({}, [
          ['2024-06-14', '2024-06-14'],
          ['2024-09-20', null],
        ]),
      ],
      [],
      '2024-10-15',
    ).get(CITY);
    expect(card).toMatchObject({ respondedOnTime: 2, late: 2, onTimeRate: 0.5 });
  });

  it('stops an unanswered deadline at the closure: one due after it is not late', () => {
    const closedFirst = rec({ verification_track: 'not-implemented', closed_on: '2024-06-01' });
    const closedAfter = rec({ verification_track: 'not-implemented', closed_on: '2024-06-20' });
    expect(cards([closedFirst, closedAfter], [], '2024-07-01').get(CITY)).toMatchObject({
      respondedOnTime: 0,
      late: 1,
      open: 0,
    });
  });

  it('has no rates before anything is due', () => {
    expect(cards([rec()], [], '2024-06-01').get(CITY)).toMatchObject({
      meanDaysToRespond: null,
      onTimeRate: null,
      late: 0,
    });
  });

  it('keeps on the city’s card what it received and missed before its succession; the ward gets what fell due after', () => {
    const missedByCity = rec({ current_agency_id: WARD }, [['2025-05-15', null]]);
    const dueAfter = rec({ current_agency_id: WARD }, [['2025-08-15', null]]);
    const byAgency = cards(
      [missedByCity, dueAfter],
      [handover(missedByCity.row.id), handover(dueAfter.row.id, 2)],
      '2025-09-01',
    );
    expect(byAgency.get(CITY)).toMatchObject({ received: 2, passedOn: 2, late: 1, open: 0 });
    expect(byAgency.get(WARD)).toMatchObject({ received: 0, passedIn: 2, late: 1, open: 2 });
  });

  it('charges a new response the ward answered late to the city, which held it on its due date', () => {
    const answeredByWard = rec({ current_agency_id: WARD }, [
      ['2024-06-14', '2024-06-10'],
      ['2025-06-20', '2025-07-10'],
    ]);
    const byAgency = cards([answeredByWard], [handover(answeredByWard.row.id)], '2025-07-20');
    expect(byAgency.get(CITY)).toMatchObject({ respondedOnTime: 1, late: 1, onTimeRate: 0.5 });
    expect(byAgency.get(WARD)).toMatchObject({ respondedOnTime: 0, late: 0, onTimeRate: null });
  });

  it('follows a case through two successions, each deadline to whoever held it then', () => {
    const r = rec({ current_agency_id: 'ubnd-xa-moi' }, [['2025-09-30', '2025-09-20']]);
    const byAgency = cards(
      [r],
      [
        {
          ...handover(r.row.id, 2),
          from_agency_id: WARD,
          to_agency_id: 'ubnd-xa-moi',
          effective_on: '2025-09-01',
        },
        handover(r.row.id, 1),
      ],
      '2025-10-01',
    );
    expect(byAgency.get(WARD)).toMatchObject({ passedIn: 1, passedOn: 1, respondedOnTime: 0 });
    expect(byAgency.get('ubnd-xa-moi')).toMatchObject({
      passedIn: 1,
      respondedOnTime: 1,
      open: 1,
    });
  });
});
