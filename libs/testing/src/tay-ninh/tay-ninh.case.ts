/**
 * The Tây Ninh case, described once: the facts of the article of 2024-04-02 (its extract sits
 * beside this file as tay-ninh-case.json) and, where the article gives nothing — ids, the
 * recommendation's wording and deadline, the government's answer — plain inventions marked
 * "(dữ liệu mẫu)" (sample data). Each part is the data of the command that records it, as a
 * caller sends it; the domain events, the application's commands and the HTTP requests are all
 * derived from this object, so the three can never tell different stories.
 */
import type {
  AgencyInput,
  DelegationInput,
  ObstacleInput,
  RecommendationInput,
} from '@hdnd/application';
import seed from './tay-ninh-case.json';
import { ids, SAMPLE } from './tay-ninh.ids';

/** The data of the command of type `T` among the inputs `I`. */
type DataOf<I, T> = I extends Readonly<{ type: T; data: infer D }> ? D : never;

const [ward1Name, cityName] = seed.survey.units as [string, string];
const vneid = seed.difficulties.find((d) => d.statement.includes('VNeID'))!;
const indexAchievement = seed.achievements[0]!;
/** Registered on the day of Resolution 135/NQ-HĐND, so every later date finds them in force. */
const registeredOn = seed.resolution.issuedOn;

const agencies: readonly DataOf<AgencyInput, 'RegisterAgency'>[] = [
  {
    agencyId: ids.province,
    name: 'Ủy ban nhân dân tỉnh Tây Ninh',
    level: 'province',
    registeredOn,
  },
  { agencyId: ids.city, name: cityName, level: 'district', parentId: ids.province, registeredOn },
  { agencyId: ids.ward1, name: ward1Name, level: 'commune', parentId: ids.city, registeredOn },
];

const delegation: DataOf<DelegationInput, 'EstablishDelegation'> = {
  delegationId: ids.delegation,
  title: seed.resolution.subject,
  topic: seed.delegation.topic,
  legalBasis: {
    number: seed.resolution.number,
    issuedOn: seed.resolution.issuedOn,
    issuedBy: seed.resolution.issuedBy,
  },
  periodFrom: seed.delegation.periodFrom,
  periodTo: seed.delegation.periodTo,
  chair: seed.survey.chair,
  members: [],
  // Resolution 135/NQ-HĐND: the provincial council's own thematic supervision.
  supervisor: { body: 'council', level: 'province' },
};

const workingGroups: readonly DataOf<DelegationInput, 'FormWorkingGroup'>[] = [
  { delegationId: ids.delegation, workingGroupId: ids.group01, number: '01' },
  { delegationId: ids.delegation, workingGroupId: ids.group02, number: '02' },
].map((group) => ({ ...group, leader: seed.survey.chair, members: [] }));

const survey: DataOf<DelegationInput, 'RecordSurvey'> = {
  delegationId: ids.delegation,
  surveyId: ids.survey,
  workingGroupId: ids.group01,
  date: seed.survey.date,
  agencyIds: [ids.ward1, ids.city],
  topics: seed.survey.topics,
  chair: seed.survey.chair,
  participants: seed.survey.participants,
  notes: seed.outcomeOfSurvey,
};

type Finding = DataOf<DelegationInput, 'RecordFinding'>;

/** The city's administrative reform index: 84.72/100 in 2021, rank 3 of 9, grade Tốt. */
const indexFinding: Finding = {
  delegationId: ids.delegation,
  findingId: ids.indexFinding,
  surveyId: ids.survey,
  agencyId: ids.city,
  kind: 'achievement',
  statement: indexAchievement.statement,
  indicators: indexAchievement.indicators,
  recordedOn: seed.survey.date,
};

/** Personal data lost on the move to a level-2 VNeID account: the obstacle the case follows. */
const vneidFinding: Finding = {
  delegationId: ids.delegation,
  findingId: ids.vneidFinding,
  surveyId: ids.survey,
  agencyId: ids.city,
  kind: 'obstacle',
  statement: vneid.statement,
  obstacleId: ids.vneidObstacle,
  recordedOn: seed.survey.date,
};

const recommendation = {
  recommendationId: ids.recommendation,
  source: { kind: 'delegation', id: ids.delegation },
  addresseeAgencyId: ids.province,
  text: `Đề nghị UBND tỉnh chỉ đạo khôi phục dữ liệu cá nhân trong tài khoản dịch vụ công của người dân khi chuyển sang tài khoản định danh điện tử VNeID mức độ 2 ${SAMPLE}`,
  findingIds: [ids.vneidFinding],
  issuedOn: '2024-05-15',
  responseDueOn: '2024-06-14',
} satisfies DataOf<RecommendationInput, 'IssueRecommendation'>;

/** UBND tỉnh's answer, sent by its own office (who sends it names the agency). */
const response = {
  recommendationId: ids.recommendation,
  responseId: ids.response,
  agencyId: ids.province,
  respondedOn: '2024-06-10',
  position: 'accepted',
  text: `UBND tỉnh tiếp thu, giao Công an tỉnh phối hợp Bộ Công an đồng bộ lại dữ liệu ${SAMPLE}`,
  commitments: [
    {
      commitmentId: 'cam-ket-01',
      text: `Hoàn thành đồng bộ dữ liệu ${SAMPLE}`,
      dueOn: '2024-12-31',
    },
  ],
} satisfies DataOf<RecommendationInput, 'RecordResponse'>;

const obstacleAssignment: DataOf<ObstacleInput, 'AssignObstacle'> = {
  obstacleId: ids.vneidObstacle,
  agencyId: ids.province,
  competence: 'province',
  assignedOn: recommendation.issuedOn,
};

const obstacleResolution: DataOf<ObstacleInput, 'ResolveObstacle'> = {
  obstacleId: ids.vneidObstacle,
  resolvedOn: '2024-12-20',
  resolution: `Dữ liệu đã được đồng bộ lại sang tài khoản VNeID ${SAMPLE}`,
  evidence: [{ title: `Báo cáo của UBND tỉnh ${SAMPLE}`, reference: '123/BC-UBND' }],
};

/**
 * The people of the case, as POST /api/users takes them. The agency's account can be opened
 * only once UBND tỉnh is registered: runners open it before its first step.
 */
const people = {
  secretariat: {
    username: 'thu-ky',
    role: 'secretariat',
    displayName: 'Thư ký HĐND tỉnh Tây Ninh',
  },
  agency: {
    username: 'vp.ubnd-tinh',
    role: 'agency',
    agencyId: ids.province,
    displayName: 'Văn phòng UBND tỉnh Tây Ninh',
  },
  auditor: { username: 'kiem-toan', role: 'auditor', displayName: 'Kiểm toán viên' },
} as const;

export const tayNinhCase = {
  agencies,
  delegation,
  workingGroups,
  survey,
  indexFinding,
  vneidFinding,
  recommendation,
  response,
  obstacleAssignment,
  obstacleResolution,
  people,
} as const;
