import {
  date,
  EVIDENCE,
  integer,
  listOf,
  named,
  number,
  object,
  oneOf,
  optional,
  string,
  type Shape,
} from '../shared/data-shape';
import { SOURCE_KINDS } from '../shared/follow-up-source';
import { ESCALATION_LADDER } from './escalation-ladder';
import type { RecommendationCommand } from './recommendation.commands';

/**
 * A due date is a date or a number of working days; which one, and whether the number is a
 * whole count in range, is the deadline rules' to say (`deadline.due-required`, …), so here
 * each is only optional and of its type.
 */
const WORKING_DAYS = optional(number());

/** Where the recommendation comes from: a delegation, an interpellation session… */
const SOURCE = object({ kind: oneOf(SOURCE_KINDS), id: string(), partId: optional(string()) });

const COMMITMENT = object({
  commitmentId: string(),
  text: string(),
  dueOn: optional(date()),
  dueInWorkingDays: WORKING_DAYS,
});

/**
 * The fields each recommendation command must carry, and the word its rule codes start with
 * (`response.commitments-invalid`). The sweep's FollowUpDeadlines is the application's own
 * question, not a client's, and has none.
 */
export const RECOMMENDATION_SHAPES: Readonly<
  Partial<Record<RecommendationCommand['type'], Readonly<{ subject: string; shape: Shape }>>>
> = {
  IssueRecommendation: {
    subject: 'recommendation',
    shape: {
      recommendationId: string(),
      source: SOURCE,
      addresseeAgencyId: named('addressee', string()),
      text: string(),
      findingIds: named('findings', listOf(string())),
      followsUp: optional(string()),
      issuedOn: date(),
      responseDueOn: optional(date()),
      responseDueInWorkingDays: WORKING_DAYS,
    },
  },
  RecordResponse: {
    subject: 'response',
    shape: {
      recommendationId: string(),
      responseId: string(),
      agencyId: string(),
      respondedOn: date(),
      position: oneOf(['accepted', 'partially-accepted', 'rejected']),
      text: string(),
      commitments: optional(listOf(COMMITMENT)),
    },
  },
  AssessResponse: {
    subject: 'assessment',
    shape: {
      recommendationId: string(),
      responseId: string(),
      assessedOn: date(),
      verdict: oneOf(['satisfactory', 'unsatisfactory']),
      note: string(),
      newResponseDueOn: optional(date()),
      newResponseDueInWorkingDays: WORKING_DAYS,
    },
  },
  ReportProgress: {
    subject: 'progress',
    shape: {
      recommendationId: string(),
      reportedOn: date(),
      text: string(),
      percent: optional(integer()),
    },
  },
  ReportCompletion: {
    subject: 'completion',
    shape: {
      recommendationId: string(),
      reportedOn: date(),
      text: string(),
      evidence: listOf(EVIDENCE),
    },
  },
  CloseRecommendation: {
    subject: 'closure',
    shape: {
      recommendationId: string(),
      closedOn: date(),
      outcome: oneOf([
        'implemented',
        'partially-implemented',
        'not-implemented',
        'no-longer-applicable',
      ]),
      assessment: string(),
    },
  },
  ReopenRecommendation: {
    subject: 'reopening',
    shape: { recommendationId: string(), reopenedOn: date(), reason: string() },
  },
  ExtendDeadline: {
    subject: 'deadline',
    shape: {
      recommendationId: string(),
      commitmentId: optional(string()),
      newDueOn: optional(date()),
      newDueInWorkingDays: WORKING_DAYS,
      extendedOn: date(),
      reason: string(),
      approvedBy: named('approver', string()),
    },
  },
  Escalate: {
    subject: 'escalation',
    shape: {
      recommendationId: string(),
      step: oneOf(ESCALATION_LADDER),
      escalatedOn: date(),
      note: string(),
      session: optional(SOURCE),
    },
  },
  TransferRecommendation: {
    subject: 'transfer',
    shape: {
      recommendationId: string(),
      fromAgencyId: string(),
      toAgencyId: string(),
      effectiveOn: date(),
      basis: string(),
    },
  },
};
