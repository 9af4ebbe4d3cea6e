import type { AgencyStanding } from '../agency';
import type {
  DelegationEstablished,
  DelegationEvent,
  FindingRecorded,
  SurveyRecorded,
  WorkingGroupFormed,
} from '../delegation';
import type { RecommendationIssued } from '../recommendation';

/**
 * Facts of the Tây Ninh survey of 2024-04-02 (shared/seed/tay-ninh-case.json) as events.
 * Ids are invented and plain; names, dates and figures are the article's.
 */
export const ids = {
  delegation: 'dgs-2024-cchc',
  group01: 'wg-01',
  survey: 'ks-2024-04-02',
  phuong1: 'ubnd-phuong-1',
  city: 'ubnd-tp-tay-ninh',
  province: 'ubnd-tinh-tay-ninh',
  findingIndex: 'kq-chi-so-cchc',
  findingVneid: 'vm-vneid',
  obstacleVneid: 'kk-vneid',
  recommendation: 'kn-vneid',
} as const;

export const active = (agencyId: string): AgencyStanding => ({ agencyId, registered: true });

export const delegationEstablished: DelegationEstablished = {
  type: 'DelegationEstablished',
  data: {
    delegationId: ids.delegation,
    title: 'Đoàn giám sát chuyên đề của Hội đồng nhân dân tỉnh năm 2024',
    topic:
      'Công tác cải cách thủ tục hành chính gắn với chuyển đổi số giai đoạn 2021 - 2023 trên địa bàn tỉnh',
    legalBasis: {
      number: '135/NQ-HĐND',
      issuedOn: '2023-12-08',
      issuedBy: 'Hội đồng nhân dân tỉnh Tây Ninh',
    },
    periodFrom: '2021-01-01',
    periodTo: '2023-12-31',
    chair: { name: 'Nguyễn Đài Thy', position: 'Phó Chủ tịch Thường trực HĐND tỉnh' },
    members: [],
  },
};

export const group01Formed: WorkingGroupFormed = {
  type: 'WorkingGroupFormed',
  data: {
    delegationId: ids.delegation,
    workingGroupId: ids.group01,
    number: '01',
    leader: { name: 'Nguyễn Đài Thy', position: 'Phó Chủ tịch Thường trực HĐND tỉnh' },
    members: [],
  },
};

export const surveyRecorded: SurveyRecorded = {
  type: 'SurveyRecorded',
  data: {
    delegationId: ids.delegation,
    surveyId: ids.survey,
    workingGroupId: ids.group01,
    date: '2024-04-02',
    agencyIds: [ids.phuong1, ids.city],
    topics: ['Tình hình tổ chức và hoạt động của Bộ phận một cửa'],
    chair: {
      name: 'Nguyễn Đài Thy',
      position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh',
    },
    participants: ['Các đồng chí Phó Trưởng các Ban HĐND tỉnh'],
  },
};

export const indexFindingRecorded: FindingRecorded = {
  type: 'FindingRecorded',
  data: {
    delegationId: ids.delegation,
    findingId: ids.findingIndex,
    surveyId: ids.survey,
    agencyId: ids.city,
    kind: 'achievement',
    statement:
      'Chỉ số cải cách hành chính của thành phố năm 2021 đạt 84,72/100 điểm, xếp loại Tốt, đứng thứ 3/9 huyện, thị xã, thành phố',
    indicators: [
      {
        name: 'Chỉ số CCHC',
        period: '2021',
        value: 84.72,
        outOf: 100,
        grade: 'Tốt',
        rank: 3,
        rankOf: 9,
      },
    ],
    recordedOn: '2024-04-02',
  },
};

export const vneidFindingRecorded: FindingRecorded = {
  type: 'FindingRecorded',
  data: {
    delegationId: ids.delegation,
    findingId: ids.findingVneid,
    surveyId: ids.survey,
    agencyId: ids.city,
    kind: 'obstacle',
    statement:
      'Khi chuyển từ tài khoản dịch vụ công sang tài khoản định danh điện tử VNeID mức độ 2, dữ liệu cá nhân trong tài khoản dịch vụ công đã thực hiện thủ tục hành chính trước đó không còn',
    indicators: [],
    obstacleId: ids.obstacleVneid,
    recordedOn: '2024-04-02',
  },
};

export const surveyedDelegation: readonly DelegationEvent[] = [
  delegationEstablished,
  group01Formed,
  surveyRecorded,
  indexFindingRecorded,
  vneidFindingRecorded,
];

export const recommendationIssued: RecommendationIssued = {
  type: 'RecommendationIssued',
  data: {
    recommendationId: ids.recommendation,
    delegationId: ids.delegation,
    addresseeAgencyId: ids.province,
    text: 'Đề nghị UBND tỉnh chỉ đạo khôi phục dữ liệu cá nhân của người dân khi chuyển sang tài khoản VNeID mức độ 2 (dữ liệu mẫu)',
    findingIds: [ids.findingVneid],
    issuedOn: '2024-05-15',
    responseDueOn: '2024-06-14',
    supervisionLaw: '87/2015/QH13',
  },
};
