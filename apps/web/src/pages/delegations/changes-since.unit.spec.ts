import { changesSince } from './changes-since';
import type { DelegationView } from './delegation-view';

const person = { name: 'Nguyễn Đài Thy', position: 'Phó Chủ tịch Thường trực HĐND tỉnh' };
const agency = { id: 'a1', name: 'Ủy ban nhân dân tỉnh Tây Ninh' };
const base: DelegationView = {
  id: 'd1',
  title: 'Đoàn giám sát',
  topic: 'Cải cách hành chính',
  legalBasis: { number: '135/NQ-HĐND', issuedOn: '2023-12-08', issuedBy: 'HĐND tỉnh' },
  supervisor: { body: 'council', level: 'province' },
  periodFrom: '2021-01-01',
  periodTo: '2023-12-31',
  chair: person,
  status: 'established',
  concludedOn: null,
  members: [],
  summary: null,
  workingGroups: [{ id: 'g1', number: '01', leader: person, members: [] }],
  surveys: [],
  findings: [],
  obstacles: [],
  recommendations: [],
  revision: 1,
};

describe('what changed on a delegation while a form was open', () => {
  it('is nothing when nothing was added (control)', () => {
    expect(changesSince(base, { ...base, revision: 2 })).toEqual([]);
  });

  it('names each group, survey, finding and recommendation that is new, and a conclusion', () => {
    const after: DelegationView = {
      ...base,
      status: 'concluded',
      concludedOn: '2024-06-30',
      workingGroups: [
        ...base.workingGroups,
        { id: 'g2', number: '02', leader: person, members: [] },
      ],
      surveys: [
        {
          id: 's1',
          workingGroupId: 'g1',
          date: '2024-04-02',
          agencyIds: ['a1'],
          agencies: [agency],
          topics: [],
          chair: person,
          participants: [],
          notes: null,
        },
      ],
      findings: [
        {
          id: 'f1',
          surveyId: 's1',
          agencyId: 'a1',
          agency,
          kind: 'achievement',
          statement: 'Chỉ số CCHC đạt 84,72/100',
          indicators: [],
          obstacleId: null,
          recordedOn: '2024-04-02',
        },
      ],
      recommendations: [
        {
          id: 'r1',
          text: 'Rà soát thủ tục',
          status: 'awaiting-response',
          addresseeAgency: agency,
          responseDueOn: '2024-07-01',
        },
      ],
    };
    expect(changesSince(base, after)).toEqual([
      { kind: 'workingGroup', text: '02' },
      { kind: 'survey', text: '2024-04-02' },
      { kind: 'finding', text: 'Chỉ số CCHC đạt 84,72/100' },
      { kind: 'recommendation', text: 'Rà soát thủ tục' },
      { kind: 'concluded', text: '2024-06-30' },
    ]);
  });
});
