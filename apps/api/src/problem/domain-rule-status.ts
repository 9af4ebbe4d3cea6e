import {
  SHAPE_RULE_CODES,
  type BusinessRuleCode,
  type RuleCode,
  type ShapeRuleCode,
} from '@hdnd/domain';

/** The statuses a broken business rule answers with. */
export type RuleStatus = 404 | 409 | 422;

/** The thing the command points at does not exist (an agency, a finding, a response…). */
const UNKNOWN = 404;
/** The rule forbids this now, in the state the case is in. */
const CONFLICT = 409;

/**
 * The HTTP status of every business rule, decided here at the edge and not in the domain. Typed
 * over every BusinessRuleCode, so a rule code added or renamed in the domain does not compile
 * until it is given its status here.
 */
const BUSINESS_RULE_STATUS: Readonly<Record<BusinessRuleCode, RuleStatus>> = {
  // agency
  'agency.abolished': CONFLICT,
  'agency.already-registered': CONFLICT,
  'agency.already-succeeded': CONFLICT,
  'agency.name-required': CONFLICT,
  'agency.not-registered': UNKNOWN,
  'agency.own-parent': CONFLICT,
  'agency.own-successor': CONFLICT,
  'agency.parent-unknown': UNKNOWN,
  'agency.succession-basis-required': CONFLICT,
  'agency.succession-cycle': CONFLICT,
  'agency.successor-abolished': CONFLICT,
  'agency.successor-unknown': UNKNOWN,
  // calendar
  'calendar.basis-required': CONFLICT,
  'calendar.date-already-adjusted': CONFLICT,
  'calendar.date-invalid': CONFLICT,
  'calendar.kind-unknown': CONFLICT,
  'calendar.no-adjustment': CONFLICT,
  'calendar.reason-required': CONFLICT,
  'calendar.whole-days': CONFLICT,
  // delegation
  'delegation.already-established': CONFLICT,
  'delegation.chair-required': CONFLICT,
  'delegation.concluded': CONFLICT,
  'delegation.concluded-before-established': CONFLICT,
  'delegation.concluded-before-work': CONFLICT,
  'delegation.legal-basis-required': CONFLICT,
  'delegation.not-established': UNKNOWN,
  'delegation.period-inverted': CONFLICT,
  'delegation.summary-required': CONFLICT,
  'delegation.title-required': CONFLICT,
  'delegation.topic-required': CONFLICT,
  'finding.agency-not-surveyed': CONFLICT,
  'finding.already-recorded': CONFLICT,
  'finding.before-establishment': CONFLICT,
  'finding.before-survey': CONFLICT,
  'finding.indicator-name-required': CONFLICT,
  'finding.indicator-out-of-scale': CONFLICT,
  'finding.indicator-rank-invalid': CONFLICT,
  'finding.indicator-value-required': CONFLICT,
  'finding.obstacle-id': CONFLICT,
  'finding.statement-required': CONFLICT,
  'finding.survey-unknown': UNKNOWN,
  'survey.agencies-repeated': CONFLICT,
  'survey.agencies-required': CONFLICT,
  'survey.already-recorded': CONFLICT,
  'survey.before-establishment': CONFLICT,
  'survey.chair-required': CONFLICT,
  'survey.topics-required': CONFLICT,
  'survey.working-group-unknown': UNKNOWN,
  'working-group.already-formed': CONFLICT,
  'working-group.leader-required': CONFLICT,
  'working-group.number-required': CONFLICT,
  'working-group.number-taken': CONFLICT,
  // recommendation
  'assessment.before-response': CONFLICT,
  'assessment.due-not-after': CONFLICT,
  'assessment.note-required': CONFLICT,
  'closure.assessment-required': CONFLICT,
  'closure.before-reopening': CONFLICT,
  'closure.before-report': CONFLICT,
  'closure.completion-not-reported': CONFLICT,
  'closure.nothing-reported': CONFLICT,
  'completion.before-progress': CONFLICT,
  'completion.evidence-incomplete': CONFLICT,
  'completion.evidence-required': CONFLICT,
  'deadline.approver-required': CONFLICT,
  'deadline.before-previous-extension': CONFLICT,
  'deadline.commitment-unknown': UNKNOWN,
  'deadline.due-ambiguous': CONFLICT,
  'deadline.due-required': CONFLICT,
  'deadline.not-later': CONFLICT,
  'deadline.reason-required': CONFLICT,
  'deadline.response-not-pending': CONFLICT,
  'deadline.working-days-invalid': CONFLICT,
  'escalation.before-previous': CONFLICT,
  'escalation.not-upward': CONFLICT,
  'escalation.note-required': CONFLICT,
  'implementation.before-response': CONFLICT,
  'progress.percent-range': CONFLICT,
  'progress.text-required': CONFLICT,
  'recommendation.already-issued': CONFLICT,
  'recommendation.already-reported-done': CONFLICT,
  'recommendation.before-establishment': CONFLICT,
  'recommendation.before-finding': CONFLICT,
  'recommendation.closed': CONFLICT,
  'recommendation.date-before-issue': CONFLICT,
  'recommendation.due-not-after-issue': CONFLICT,
  'recommendation.finding-foreign': UNKNOWN,
  'recommendation.findings-repeated': CONFLICT,
  'recommendation.findings-required': CONFLICT,
  'recommendation.not-accepted': CONFLICT,
  'recommendation.not-addressee': CONFLICT,
  'recommendation.not-closed': CONFLICT,
  'recommendation.not-issued': UNKNOWN,
  'recommendation.response-not-due': CONFLICT,
  'recommendation.text-required': CONFLICT,
  'reopening.before-closure': CONFLICT,
  'reopening.reason-required': CONFLICT,
  'response.already-assessed': CONFLICT,
  'response.already-recorded': CONFLICT,
  'response.before-assessment': CONFLICT,
  'response.commitment-due-in-past': CONFLICT,
  'response.commitment-repeated': CONFLICT,
  'response.commitment-text-required': CONFLICT,
  'response.explanation-required': CONFLICT,
  'response.rejection-with-commitments': CONFLICT,
  'response.superseded': CONFLICT,
  'response.text-required': CONFLICT,
  'response.unknown': UNKNOWN,
  // obstacle
  'obstacle.already-recorded': CONFLICT,
  'obstacle.already-resolved': CONFLICT,
  'obstacle.before-previous-step': CONFLICT,
  'obstacle.date-before-record': CONFLICT,
  'obstacle.evidence-incomplete': CONFLICT,
  'obstacle.merge-into-self': CONFLICT,
  'obstacle.merge-target-closed': CONFLICT,
  'obstacle.merge-target-unknown': UNKNOWN,
  'obstacle.merged': CONFLICT,
  'obstacle.not-recorded': UNKNOWN,
  'obstacle.not-responsible': CONFLICT,
  'obstacle.referral-note-required': CONFLICT,
  'obstacle.resolution-required': CONFLICT,
  'obstacle.statement-required': CONFLICT,
  // user
  'user.agency-abolished': CONFLICT,
  'user.agency-not-allowed': CONFLICT,
  'user.agency-required': CONFLICT,
  'user.agency-unknown': UNKNOWN,
  'user.already-disabled': CONFLICT,
  'user.already-registered': CONFLICT,
  'user.delegation-unknown': UNKNOWN,
  'user.delegations-not-allowed': CONFLICT,
  'user.delegations-repeated': CONFLICT,
  'user.disable-reason-required': CONFLICT,
  'user.disable-self': CONFLICT,
  'user.display-name-required': CONFLICT,
  'user.enable-reason-required': CONFLICT,
  'user.grant-reason-required': CONFLICT,
  'user.not-disabled': CONFLICT,
  'user.not-registered': CONFLICT,
  'user.role-unknown': CONFLICT,
  'user.username-invalid': CONFLICT,
  'user.username-taken': CONFLICT,
  // webhook
  'webhook.already-disabled': CONFLICT,
  'webhook.already-registered': CONFLICT,
  'webhook.event-unknown': CONFLICT,
  'webhook.no-events': CONFLICT,
  'webhook.not-registered': CONFLICT,
  'webhook.reason-required': CONFLICT,
  'webhook.url-invalid': CONFLICT,
  // shared
  'date.in-future': CONFLICT,
  'transfer.basis-required': CONFLICT,
  'transfer.before-last-handover': CONFLICT,
  'transfer.same-agency': CONFLICT,
};

/**
 * A command that reached the domain without a field it must carry, or with one of the wrong
 * type, conflicts with what the record can hold: 409, as every shape check, whatever its field.
 */
const SHAPE_RULE_STATUS = Object.fromEntries(
  SHAPE_RULE_CODES.map((code) => [code, CONFLICT]),
) as Readonly<Record<ShapeRuleCode, RuleStatus>>;

/** Every rule code's status; where a shape check shares a business rule's code, the rule's. */
export const RULE_STATUS: Readonly<Record<RuleCode, RuleStatus>> = {
  ...SHAPE_RULE_STATUS,
  ...BUSINESS_RULE_STATUS,
};

export const statusOfRule = (code: RuleCode): RuleStatus => RULE_STATUS[code];
