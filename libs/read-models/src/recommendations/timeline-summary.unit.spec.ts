import type { RecommendationEvent } from '@hdnd/domain';
import { summarize } from './timeline-summary';

const names: Record<string, string> = {
  'dn-sontra': 'UBND quận Sơn Trà',
  'dn-phuong-sontra': 'UBND phường Sơn Trà',
};
const nameOf = (id: string) => names[id] ?? id;

/** A summary names agencies as people read them, as the entry's structured fields do. */
describe('timeline summaries name agencies by name', () => {
  it('a succession names the agency passing the case on and the one taking it', () => {
    const event = {
      type: 'RecommendationTransferred',
      data: {
        recommendationId: 'kn-dn-1',
        fromAgencyId: 'dn-sontra',
        toAgencyId: 'dn-phuong-sontra',
        effectiveOn: '2025-07-01',
      },
    } as unknown as RecommendationEvent;
    expect(summarize(event, nameOf)).toBe(
      'Passed from UBND quận Sơn Trà to UBND phường Sơn Trà from 2025-07-01',
    );
  });

  it('a missed deadline and a reminder name the agency', () => {
    const missed = {
      type: 'DeadlineMissed',
      data: { agencyId: 'dn-phuong-sontra', deadline: 'response', dueOn: '2025-08-15' },
    } as unknown as RecommendationEvent;
    expect(summarize(missed, nameOf)).toBe(
      'Deadline missed by UBND phường Sơn Trà: the response was due 2025-08-15',
    );
    const reminder = {
      type: 'ReminderIssued',
      data: {
        agencyId: 'dn-phuong-sontra',
        deadline: 'response',
        dueOn: '2025-08-15',
        workingDaysLeft: 3,
      },
    } as unknown as RecommendationEvent;
    expect(summarize(reminder, nameOf)).toBe(
      'Reminder to UBND phường Sơn Trà: 3 working day(s) left to the response due 2025-08-15',
    );
  });

  it('an agency without a known name keeps its id', () => {
    const missed = {
      type: 'DeadlineMissed',
      data: { agencyId: 'dn-khac', deadline: 'response', dueOn: '2025-08-15' },
    } as unknown as RecommendationEvent;
    expect(summarize(missed, nameOf)).toBe(
      'Deadline missed by dn-khac: the response was due 2025-08-15',
    );
  });
});
