/**
 * Domain rule codes that mean "the thing you point at does not exist" (404) rather than "the
 * rule forbids this now" (409, every other code). One table, so the mapping is found in one place.
 */
const UNKNOWN_REFERENCES = new Set([
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
]);

export const statusOfRule = (code: string): 404 | 409 => (UNKNOWN_REFERENCES.has(code) ? 404 : 409);
