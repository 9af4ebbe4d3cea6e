/**
 * The ladder Vietnamese councils climb when a recommendation is not acted on, lowest first:
 * đôn đốc lần 1 → đôn đốc tiếp → kiến nghị cấp có thẩm quyền xử lý → phiên giải trình →
 * chất vấn → giám sát lại → báo cáo HĐND.
 */
export const ESCALATION_LADDER = [
  'first-reminder', // đôn đốc lần 1
  'further-reminder', // đôn đốc tiếp
  'refer-to-competent-authority', // kiến nghị cấp có thẩm quyền xử lý
  'explanation-session', // phiên giải trình
  'interpellation', // chất vấn
  're-supervision', // giám sát lại
  'report-to-council', // báo cáo HĐND
] as const;

export type EscalationStep = (typeof ESCALATION_LADDER)[number];

export const isEscalationStep = (value: unknown): value is EscalationStep =>
  (ESCALATION_LADDER as readonly unknown[]).includes(value);

/** 1-based step number on the ladder, 0 when not escalated. */
export const escalationLevel = (step: EscalationStep | undefined): number =>
  step === undefined ? 0 : ESCALATION_LADDER.indexOf(step) + 1;

/** Reminders may be repeated ("đôn đốc tiếp"); every other step is taken once, upwards. */
export const canEscalate = (current: EscalationStep | undefined, next: EscalationStep): boolean =>
  escalationLevel(next) > escalationLevel(current) ||
  (next === 'further-reminder' && current === next);
