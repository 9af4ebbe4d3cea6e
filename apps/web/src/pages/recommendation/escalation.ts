/*
 * The escalation ladder as the API takes it, lowest first (libs/domain escalation-ladder.ts):
 * a step is taken once and upwards, except "đôn đốc tiếp", which may be repeated. The form
 * offers only the steps the API would accept from where the case stands.
 */

export const ESCALATION_STEPS = [
  'first-reminder',
  'further-reminder',
  'refer-to-competent-authority',
  'explanation-session',
  'interpellation',
  're-supervision',
  'report-to-council',
] as const;

export type EscalationStep = (typeof ESCALATION_STEPS)[number];

/** Each step's catalogue key, written out for the catalogue test. */
export const STEP_LABELS = {
  'first-reminder': 'recommendation.steps.first-reminder',
  'further-reminder': 'recommendation.steps.further-reminder',
  'refer-to-competent-authority': 'recommendation.steps.refer-to-competent-authority',
  'explanation-session': 'recommendation.steps.explanation-session',
  interpellation: 'recommendation.steps.interpellation',
  're-supervision': 'recommendation.steps.re-supervision',
  'report-to-council': 'recommendation.steps.report-to-council',
} as const satisfies Record<EscalationStep, string>;

export const isEscalationStep = (value: unknown): value is EscalationStep =>
  (ESCALATION_STEPS as readonly unknown[]).includes(value);

const level = (step: string | null) =>
  step !== null && isEscalationStep(step) ? ESCALATION_STEPS.indexOf(step) + 1 : 0;

/** The steps the case may take from `current` (null: not escalated yet). */
export const nextSteps = (current: string | null): EscalationStep[] =>
  ESCALATION_STEPS.filter(
    (step) => level(step) > level(current) || (step === 'further-reminder' && current === step),
  );
