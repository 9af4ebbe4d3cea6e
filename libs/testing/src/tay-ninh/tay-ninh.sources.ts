/**
 * Beside the Tây Ninh survey, the other ways the council follows up, as the requests the
 * secretariat's console would send after `tayNinhRequests()`: an interpellation session at a
 * council meeting where the director answers on the VNeID data, the recommendation escalated to
 * it, and the commitment made at the rostrum tracked as its own item that carries the case on;
 * and a round of voters' petitions forwarded before the next session, one item per petition.
 * The facts are sample data, marked as such: the article the case comes from reports none.
 */
import type { HttpStep } from './tay-ninh.requests';
import { ids } from './tay-ninh.ids';

export const interpellationIds = {
  session: 'cv-ky-hop-19',
  question: 'cau-hoi-vneid',
  commitment: 'kn-cam-ket-vneid',
} as const;

export const petitionIds = {
  round: 'kn-cu-tri-ky-hop-20',
  vneid: 'kncv-vneid',
  oneStop: 'kncv-mot-cua',
} as const;

const session = `/api/interpellations/${interpellationIds.session}`;

export const tayNinhSourceRequests = (): HttpStep[] => [
  {
    path: '/api/interpellations',
    body: {
      id: interpellationIds.session,
      title: 'Phiên chất vấn về cải cách hành chính và chuyển đổi số (dữ liệu mẫu)',
      meeting: 'Kỳ họp thứ 19, Hội đồng nhân dân tỉnh Tây Ninh khóa X (dữ liệu mẫu)',
      heldOn: '2024-07-10',
      supervisor: { body: 'council', level: 'province' },
    },
    status: 201,
  },
  {
    path: `${session}/questions`,
    body: {
      id: interpellationIds.question,
      askedBy: 'Đại biểu Tổ đại biểu thành phố Tây Ninh (dữ liệu mẫu)',
      answeredBy: {
        name: 'Giám đốc Sở Thông tin và Truyền thông (dữ liệu mẫu)',
        position: 'Giám đốc Sở Thông tin và Truyền thông',
      },
      agencyId: ids.province,
      question:
        'Khi nào dữ liệu cá nhân của người dân được khôi phục sau khi chuyển sang tài khoản VNeID? (dữ liệu mẫu)',
      answer:
        'UBND tỉnh cam kết phối hợp Bộ Công an hoàn thành đồng bộ dữ liệu trong quý IV năm 2024. (dữ liệu mẫu)',
      askedOn: '2024-07-10',
    },
    status: 201,
  },
  {
    path: `/api/recommendations/${ids.recommendation}/escalation`,
    body: {
      step: 'interpellation',
      note: 'Đưa nội dung khôi phục dữ liệu VNeID ra phiên chất vấn Kỳ họp thứ 19 (dữ liệu mẫu)',
      escalatedOn: '2024-07-10',
      sessionId: interpellationIds.session,
    },
    status: 200,
  },
  {
    path: `${session}/recommendations`,
    body: {
      id: interpellationIds.commitment,
      addresseeAgencyId: ids.province,
      text: 'Hoàn thành đồng bộ dữ liệu tài khoản dịch vụ công sang tài khoản VNeID và báo cáo HĐND tỉnh (cam kết tại phiên chất vấn, dữ liệu mẫu)',
      questionId: interpellationIds.question,
      followsUp: ids.recommendation,
      issuedOn: '2024-07-10',
      responseDueOn: '2024-12-31',
    },
    status: 201,
  },
  {
    path: '/api/petition-rounds',
    body: {
      id: petitionIds.round,
      title: 'Kiến nghị cử tri trước Kỳ họp thứ 20 (dữ liệu mẫu)',
      meeting: 'Kỳ họp thứ 20, Hội đồng nhân dân tỉnh Tây Ninh khóa X (dữ liệu mẫu)',
      forwardedOn: '2024-11-05',
      answerDueOn: '2024-12-02',
      supervisor: { body: 'standing-committee', level: 'province' },
    },
    status: 201,
  },
  {
    path: `/api/petition-rounds/${petitionIds.round}/petitions`,
    body: {
      petitions: [
        {
          id: petitionIds.vneid,
          text: 'Cử tri đề nghị sớm khôi phục dữ liệu hồ sơ dịch vụ công khi chuyển sang tài khoản VNeID (dữ liệu mẫu)',
          voters: 'Cử tri Phường 1, thành phố Tây Ninh (dữ liệu mẫu)',
          agencyId: ids.province,
        },
        {
          id: petitionIds.oneStop,
          text: 'Cử tri đề nghị bố trí thêm máy tính tra cứu tại Bộ phận một cửa cấp xã (dữ liệu mẫu)',
          voters: 'Tổ đại biểu thành phố Tây Ninh (dữ liệu mẫu)',
          agencyId: ids.city,
        },
      ],
    },
    status: 201,
  },
];
