import { BUSINESS_RULE_CODES, RULE_CODES, SHAPE_RULE_CODES, type RuleCode } from '@hdnd/domain';
import { RULE_STATUS, statusOfRule, type RuleStatus } from './domain-rule-status';

/** The codes that name something that does not exist: 404, where every other rule is 409. */
const UNKNOWN_REFERENCES = [
  'agency.not-registered',
  'agency.successor-unknown',
  'agency.parent-unknown',
  'user.agency-unknown',
  'user.delegation-unknown',
  'delegation.not-established',
  'finding.survey-unknown',
  'survey.working-group-unknown',
  'recommendation.finding-foreign',
  'recommendation.not-issued',
  'obstacle.not-recorded',
  'obstacle.merge-target-unknown',
  'response.unknown',
  'deadline.commitment-unknown',
  'interpellation.not-held',
  'explanation-session.not-held',
  'source.not-recorded',
  'recommendation.part-foreign',
  'petition-round.not-opened',
  'escalation.session-unknown',
  'recommendation.follows-unknown',
  'committee-supervision.not-started',
];

describe('the HTTP status of each rule code', () => {
  it('is given for every rule code, and for nothing else', () => {
    // The type says so too: a Record over every RuleCode, so a code added to the domain does
    // not compile until it has a status.
    const table: Readonly<Record<RuleCode, RuleStatus>> = RULE_STATUS;
    expect(Object.keys(table).sort()).toEqual([...RULE_CODES].sort());
    for (const code of RULE_CODES) expect([404, 409, 422]).toContain(statusOfRule(code));
  });

  it('is 404 for an unknown reference and 409 for every other rule, as before', () => {
    for (const code of BUSINESS_RULE_CODES)
      expect([code, statusOfRule(code)]).toEqual([
        code,
        UNKNOWN_REFERENCES.includes(code) ? 404 : 409,
      ]);
    for (const code of SHAPE_RULE_CODES) expect([code, statusOfRule(code)]).toEqual([code, 409]);
  });

  it('is asked only of a listed code', () => {
    // @ts-expect-error a code that is not a RuleCode has no status to ask for
    expect(statusOfRule('not.a-code')).toBeUndefined();
  });
});
