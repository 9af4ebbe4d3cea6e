import { nextSteps } from './escalation';

describe('the escalation steps a case may take next', () => {
  it('starts anywhere on the ladder when not escalated yet', () => {
    expect(nextSteps(null)).toHaveLength(7);
  });

  it('moves only upwards, repeating only the further reminder', () => {
    expect(nextSteps('further-reminder')[0]).toBe('further-reminder');
    expect(nextSteps('interpellation')).toEqual(['re-supervision', 'report-to-council']);
    expect(nextSteps('report-to-council')).toEqual([]);
  });
});
