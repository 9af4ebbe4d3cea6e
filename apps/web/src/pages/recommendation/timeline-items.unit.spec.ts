import type { RecommendationView } from './recommendation-view';
import { isResponseDeadline, timelineItems } from './timeline-items';

const view: Pick<RecommendationView, 'origin' | 'timeline'> = {
  origin: {
    delegation: null,
    surveys: [{ id: 'ks', date: '2024-04-02', agencyIds: ['a', 'b'] }],
    findings: [{ id: 'vm', kind: 'obstacle', statement: 'Dữ liệu mất', surveyId: 'ks' }],
  },
  timeline: [
    {
      at: '2024-05-15T01:00:00Z',
      type: 'RecommendationIssued',
      on: '2024-05-15',
      actor: { username: 'thu-ky' },
    },
  ],
};

describe('the recommendation’s timeline', () => {
  it('starts from the survey and the finding it comes from, then each recorded step', () => {
    expect(timelineItems(view).map((item) => [item.kind, item.on])).toEqual([
      ['survey', '2024-04-02'],
      ['finding', '2024-04-02'],
      ['step', '2024-05-15'],
    ]);
  });
});

describe('which deadline a follow-up or an extension names', () => {
  it('tells the response’s from a commitment’s, as each event spells them', () => {
    expect(isResponseDeadline('response')).toBe(true);
    expect(isResponseDeadline('commitment:cam-ket-01')).toBe(false);
    expect(isResponseDeadline({ commitmentId: 'cam-ket-01' })).toBe(false);
  });
});
