import { can, type ActionName } from '../../shell/actions';
import type { Role } from '../../shell/roles';

/** The forms of the delegation page, in the order the work is done. */
export const DELEGATION_FORMS = [
  'formWorkingGroup',
  'recordSurvey',
  'recordFinding',
  'issueRecommendation',
  'concludeDelegation',
] as const satisfies readonly ActionName[];

export type DelegationForm = (typeof DELEGATION_FORMS)[number];

/**
 * The forms this reader may use on a delegation in this state: what their role may send (the
 * one table, actions.ts) and what the delegation still takes. A concluded delegation's record is
 * closed to new work (the API refuses it), but its conclusion is where recommendations formally
 * come from, so recommendations may still be issued from its findings.
 */
export const delegationForms = (
  role: Role | undefined,
  status: string,
  findings: number,
): DelegationForm[] =>
  DELEGATION_FORMS.filter((form) => {
    if (!can(role, form)) return false;
    if (form === 'issueRecommendation') return findings > 0;
    return status === 'established';
  });
