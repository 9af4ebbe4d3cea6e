import { nextActions, type ActionState } from './next-actions';

const issued: ActionState = {
  tracks: {
    response: 'awaiting-response',
    implementation: 'not-started',
    verification: 'unverified',
  },
  responses: [],
  commitments: [],
  escalationStep: null,
};

const answered: ActionState = {
  ...issued,
  tracks: { ...issued.tracks, response: 'accepted' },
  responses: [{ id: 'r1', respondedOn: '2024-06-10', position: 'accepted', assessment: null }],
  commitments: [
    { id: 'c1', text: 'x', dueOn: '2024-12-31', originalDueOn: '2024-12-31', metOn: null },
  ],
};

const assessed: ActionState = {
  ...answered,
  responses: [{ ...answered.responses[0]!, assessment: { verdict: 'satisfactory' } }],
};

const reportedDone: ActionState = {
  ...assessed,
  tracks: { ...assessed.tracks, implementation: 'reported-done' },
  commitments: [{ ...answered.commitments[0]!, metOn: '2024-12-20' }],
};

const closed: ActionState = {
  ...reportedDone,
  tracks: { ...reportedDone.tracks, verification: 'implemented' },
};

describe('what the recommendation page offers next', () => {
  it('offers the clerk the response (on the agency’s behalf), an extension and a reminder while the answer is awaited', () => {
    expect(nextActions(issued, 'secretariat')).toEqual([
      'recordResponse',
      'closeRecommendation',
      'extendDeadline',
      'escalateRecommendation',
    ]);
  });

  it('offers the agency only its answer while the answer is awaited', () => {
    expect(nextActions(issued, 'agency')).toEqual(['recordResponse']);
  });

  it('asks the clerk to assess a response not yet assessed, and lets the agency report its work', () => {
    expect(nextActions(answered, 'secretariat')).toEqual([
      'assessResponse',
      'reportProgress',
      'reportCompletion',
      'closeRecommendation',
      'extendDeadline',
      'escalateRecommendation',
    ]);
    expect(nextActions(answered, 'agency')).toEqual(['reportProgress', 'reportCompletion']);
  });

  it('no longer asks for an assessment once it is made', () => {
    expect(nextActions(assessed, 'secretariat')).not.toContain('assessResponse');
  });

  it('after the completion report: verification, and no more reports', () => {
    expect(nextActions(reportedDone, 'secretariat')).toEqual([
      'closeRecommendation',
      'escalateRecommendation',
    ]);
    expect(nextActions(reportedDone, 'agency')).toEqual([]);
  });

  it('offers only reopening on a closed case, and only to the clerk', () => {
    expect(nextActions(closed, 'secretariat')).toEqual(['reopenRecommendation']);
    expect(nextActions(closed, 'agency')).toEqual([]);
  });

  it('does not move a rejection’s implementation, nor escalate past the council', () => {
    const rejected: ActionState = {
      ...issued,
      tracks: { ...issued.tracks, response: 'rejected' },
      responses: [{ id: 'r1', respondedOn: '2024-06-10', position: 'rejected', assessment: null }],
      escalationStep: 'report-to-council',
    };
    expect(nextActions(rejected, 'secretariat')).toEqual(['assessResponse', 'closeRecommendation']);
  });

  it('offers nothing to those who only read', () => {
    for (const role of ['member', 'auditor', 'admin', undefined] as const)
      expect(nextActions(answered, role)).toEqual([]);
  });
});
