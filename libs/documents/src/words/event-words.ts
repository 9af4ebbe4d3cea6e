/*
 * The words for a case's events and for who recorded them, as the console says them (its
 * catalogue's `events` and `roles`): a printed history reads like the page it was printed from.
 */

export const EVENT_WORDS: Readonly<Record<string, string>> = {
  RecommendationIssued: 'Ban hành kiến nghị',
  ResponseRecorded: 'Ghi nhận văn bản trả lời',
  ResponseAssessed: 'Đánh giá văn bản trả lời',
  ProgressReported: 'Báo cáo tiến độ',
  CompletionReported: 'Báo cáo hoàn thành',
  RecommendationClosed: 'Kết quả xác minh, kết thúc theo dõi',
  RecommendationReopened: 'Mở lại theo dõi',
  DeadlineExtended: 'Gia hạn',
  RecommendationEscalated: 'Đôn đốc, xử lý tiếp',
  RecommendationTransferred: 'Chuyển đơn vị kế thừa trả lời',
  ReminderIssued: 'Nhắc hạn',
  DeadlineMissed: 'Quá hạn',
};

export const ROLE_WORDS: Readonly<Record<string, string>> = {
  admin: 'Quản trị hệ thống',
  secretariat: 'Văn phòng (thư ký)',
  member: 'Thành viên đoàn',
  agency: 'Cơ quan được kiến nghị',
  auditor: 'Kiểm tra viên',
  // The deadline sweep records reminders and missed deadlines on its own.
  system: 'Hệ thống (tự động)',
};

export const VERDICT_WORDS: Readonly<Record<string, string>> = {
  satisfactory: 'Đáp ứng yêu cầu',
  unsatisfactory: 'Chưa đáp ứng yêu cầu',
};
