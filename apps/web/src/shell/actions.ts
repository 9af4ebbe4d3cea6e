import type { Role } from './roles';

/*
 * The one table of who may send each command, as the API's access rules say: the console shows
 * a button or a form only to a role the API would let through. A test compares each line with
 * the API's own @Allow(...) and fails when a command of the API is missing here.
 */

const SECRETARIAT: readonly Role[] = ['secretariat'];
const SUPERVISORS: readonly Role[] = ['secretariat', 'member'];
const ANSWERERS: readonly Role[] = ['secretariat', 'agency'];
const ADMIN: readonly Role[] = ['admin'];
const ADMIN_OR_SECRETARIAT: readonly Role[] = ['admin', 'secretariat'];
const ADMIN_OR_AGENCY: readonly Role[] = ['admin', 'agency'];
const AUDIT_READERS: readonly Role[] = ['admin', 'auditor'];

export interface Action {
  /** The API route the command is sent to, as `POST /api/…`. */
  readonly route: string;
  readonly roles: readonly Role[];
}

export const ACTIONS = {
  registerAgency: { route: 'POST /api/agencies', roles: SECRETARIAT },
  recordSuccession: { route: 'POST /api/agencies/:id/succession', roles: SECRETARIAT },
  establishDelegation: { route: 'POST /api/delegations', roles: SECRETARIAT },
  holdInterpellation: { route: 'POST /api/interpellations', roles: SECRETARIAT },
  startCommitteeSupervision: { route: 'POST /api/committee-supervisions', roles: SECRETARIAT },
  concludeCommitteeSupervision: {
    route: 'POST /api/committee-supervisions/:id/conclusion',
    roles: SECRETARIAT,
  },
  issueFromCommitteeSupervision: {
    route: 'POST /api/committee-supervisions/:id/recommendations',
    roles: SECRETARIAT,
  },
  recordInterpellationQuestion: {
    route: 'POST /api/interpellations/:id/questions',
    roles: SECRETARIAT,
  },
  adoptInterpellationResolution: {
    route: 'POST /api/interpellations/:id/resolution',
    roles: SECRETARIAT,
  },
  issueFromInterpellation: {
    route: 'POST /api/interpellations/:id/recommendations',
    roles: SECRETARIAT,
  },
  holdExplanationSession: { route: 'POST /api/explanation-sessions', roles: SECRETARIAT },
  recordExplanationConclusion: {
    route: 'POST /api/explanation-sessions/:id/conclusion',
    roles: SECRETARIAT,
  },
  issueFromExplanationSession: {
    route: 'POST /api/explanation-sessions/:id/recommendations',
    roles: SECRETARIAT,
  },
  openPetitionRound: { route: 'POST /api/petition-rounds', roles: SECRETARIAT },
  recordPetitions: { route: 'POST /api/petition-rounds/:id/petitions', roles: SECRETARIAT },
  answerPetitions: { route: 'POST /api/petition-rounds/:id/answers', roles: ANSWERERS },
  formWorkingGroup: { route: 'POST /api/delegations/:id/working-groups', roles: SECRETARIAT },
  recordSurvey: { route: 'POST /api/delegations/:id/surveys', roles: SUPERVISORS },
  recordFinding: { route: 'POST /api/delegations/:id/findings', roles: SUPERVISORS },
  issueRecommendation: { route: 'POST /api/delegations/:id/recommendations', roles: SECRETARIAT },
  concludeDelegation: { route: 'POST /api/delegations/:id/conclusion', roles: SECRETARIAT },
  publishDelegationResults: {
    route: 'POST /api/delegations/:id/publication',
    roles: SECRETARIAT,
  },
  withdrawPublication: {
    route: 'POST /api/delegations/:id/publication/withdrawal',
    roles: SECRETARIAT,
  },
  recordResponse: { route: 'POST /api/recommendations/:id/responses', roles: ANSWERERS },
  assessResponse: {
    route: 'POST /api/recommendations/:id/responses/:responseId/assessment',
    roles: SECRETARIAT,
  },
  reportProgress: { route: 'POST /api/recommendations/:id/progress', roles: ANSWERERS },
  reportCompletion: { route: 'POST /api/recommendations/:id/completion', roles: ANSWERERS },
  closeRecommendation: { route: 'POST /api/recommendations/:id/closure', roles: SECRETARIAT },
  reopenRecommendation: { route: 'POST /api/recommendations/:id/reopening', roles: SECRETARIAT },
  extendDeadline: { route: 'POST /api/recommendations/:id/extension', roles: SECRETARIAT },
  escalateRecommendation: { route: 'POST /api/recommendations/:id/escalation', roles: SECRETARIAT },
  assignObstacle: { route: 'POST /api/obstacles/:id/assignment', roles: SECRETARIAT },
  referObstacle: { route: 'POST /api/obstacles/:id/referral', roles: SECRETARIAT },
  mergeObstacles: { route: 'POST /api/obstacles/:id/merge', roles: SECRETARIAT },
  resolveObstacle: { route: 'POST /api/obstacles/:id/resolution', roles: ANSWERERS },
  importRegister: { route: 'POST /api/imports/recommendations', roles: ADMIN_OR_SECRETARIAT },
  importPetitions: { route: 'POST /api/imports/petitions', roles: ADMIN_OR_SECRETARIAT },
  runFollowUpSweep: { route: 'POST /api/admin/follow-up/sweep', roles: ADMIN_OR_SECRETARIAT },
  sendNoticeDigests: { route: 'POST /api/admin/notices/send', roles: ADMIN_OR_SECRETARIAT },
  announceCalendarAdjustment: { route: 'POST /api/admin/calendar/adjustments', roles: ADMIN },
  withdrawCalendarAdjustment: {
    route: 'POST /api/admin/calendar/adjustments/:date/withdrawal',
    roles: ADMIN,
  },
  registerWebhook: { route: 'POST /api/webhooks', roles: ADMIN_OR_AGENCY },
  disableWebhook: { route: 'POST /api/webhooks/:id/disable', roles: ADMIN_OR_AGENCY },
  rebuildProjections: { route: 'POST /api/admin/projections/rebuild', roles: ADMIN },
  signCheckpoint: { route: 'POST /api/audit/checkpoints', roles: ADMIN },
  verifyLog: { route: 'POST /api/audit/integrity/verifications', roles: AUDIT_READERS },
  createUser: { route: 'POST /api/users', roles: ADMIN },
  grantRole: { route: 'POST /api/users/:id/grants', roles: ADMIN },
  resetPassword: { route: 'POST /api/users/:id/password', roles: ADMIN },
  disableUser: { route: 'POST /api/users/:id/disable', roles: ADMIN },
  enableUser: { route: 'POST /api/users/:id/enable', roles: ADMIN },
  // Everyone who records or answers chooses their own e-mail notices; an auditor changes nothing.
  chooseOwnNotices: {
    route: 'PUT /api/users/me/notices',
    roles: ['admin', 'secretariat', 'member', 'agency'],
  },
  chooseNotices: { route: 'PUT /api/users/:id/notices', roles: ADMIN },
} as const satisfies Record<string, Action>;

export type ActionName = keyof typeof ACTIONS;

/** Whether a role may send a command: whether the console offers it. */
export const can = (role: Role | undefined, action: ActionName): boolean =>
  role !== undefined && (ACTIONS[action].roles as readonly Role[]).includes(role);
