import type {
  ClosureOutcome,
  CouncilLevel,
  EscalationStep,
  ImplementationTrack,
  RecommendationStatus,
  ResponsePosition,
  SourceKind,
  SupervisingBody,
} from '@hdnd/domain';

/*
 * The words the council's documents use for the tracker's values, as the console says them.
 * A spreadsheet written with these is read back with them (register-import), so each word
 * names one value only.
 */

export const STATUS_WORDS: Readonly<Record<RecommendationStatus, string>> = {
  'awaiting-response': 'Chờ trả lời',
  accepted: 'Tiếp thu',
  'partially-accepted': 'Tiếp thu một phần',
  rejected: 'Không tiếp thu (có giải trình)',
  'in-progress': 'Đang thực hiện',
  'reported-done': 'Đã báo cáo hoàn thành',
  implemented: 'Đã thực hiện',
  'partially-implemented': 'Thực hiện một phần',
  'not-implemented': 'Không thực hiện',
  'no-longer-applicable': 'Không còn phù hợp',
};

export const POSITION_WORDS: Readonly<Record<ResponsePosition, string>> = {
  accepted: 'Tiếp thu',
  'partially-accepted': 'Tiếp thu một phần',
  rejected: 'Không tiếp thu',
};

export const IMPLEMENTATION_WORDS: Readonly<Record<ImplementationTrack, string>> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  'reported-done': 'Đã báo cáo hoàn thành',
};

export const OUTCOME_WORDS: Readonly<Record<ClosureOutcome, string>> = {
  implemented: 'Đã thực hiện',
  'partially-implemented': 'Thực hiện một phần',
  'not-implemented': 'Không thực hiện',
  'no-longer-applicable': 'Không còn phù hợp',
};

export const ESCALATION_WORDS: Readonly<Record<EscalationStep, string>> = {
  'first-reminder': 'Đôn đốc lần 1',
  'further-reminder': 'Đôn đốc tiếp',
  'refer-to-competent-authority': 'Kiến nghị cấp có thẩm quyền xử lý',
  'explanation-session': 'Phiên giải trình',
  interpellation: 'Chất vấn',
  're-supervision': 'Giám sát lại',
  'report-to-council': 'Báo cáo HĐND',
};

export const SOURCE_WORDS: Readonly<Record<SourceKind, string>> = {
  delegation: 'Đoàn giám sát',
  interpellation: 'Phiên chất vấn',
  'explanation-session': 'Phiên giải trình',
  'voter-petitions': 'Kiến nghị cử tri',
  'committee-supervision': 'Giám sát của Thường trực, các Ban',
};

export const BODY_WORDS: Readonly<Record<SupervisingBody, string>> = {
  council: 'Hội đồng nhân dân',
  'standing-committee': 'Thường trực Hội đồng nhân dân',
  committee: 'Ban của Hội đồng nhân dân',
  'deputy-group': 'Tổ đại biểu Hội đồng nhân dân',
  deputy: 'Đại biểu Hội đồng nhân dân',
};

export const LEVEL_WORDS: Readonly<Record<CouncilLevel, string>> = {
  province: 'cấp tỉnh',
  commune: 'cấp xã',
};

/** The word for a value, or the value itself when a newer one has no word here yet. */
export const wordFor = <K extends string>(
  words: Readonly<Record<K, string>>,
  value: string | null | undefined,
): string => (value == null ? '' : ((words as Record<string, string>)[value] ?? value));
