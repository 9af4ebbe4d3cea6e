import { delegationForms } from './delegation-actions';

describe('the forms of a delegation page', () => {
  it('offers the secretariat every step while the delegation works', () => {
    expect(delegationForms('secretariat', 'established', 1)).toEqual([
      'formWorkingGroup',
      'recordSurvey',
      'recordFinding',
      'issueRecommendation',
      'concludeDelegation',
    ]);
  });

  it('offers a recommendation only once there is a finding to cite', () => {
    expect(delegationForms('secretariat', 'established', 0)).not.toContain('issueRecommendation');
  });

  it('leaves a member the survey and the finding, as the API allows', () => {
    expect(delegationForms('member', 'established', 3)).toEqual(['recordSurvey', 'recordFinding']);
  });

  it('closes a concluded delegation to new work except recommendations from its findings', () => {
    expect(delegationForms('secretariat', 'concluded', 2)).toEqual(['issueRecommendation']);
    expect(delegationForms('member', 'concluded', 2)).toEqual([]);
  });

  it('offers nothing to readers who change nothing', () => {
    expect(delegationForms('auditor', 'established', 2)).toEqual([]);
    expect(delegationForms('admin', 'established', 2)).toEqual([]);
    expect(delegationForms(undefined, 'established', 2)).toEqual([]);
  });
});
