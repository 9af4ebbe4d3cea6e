import { isAbolishedOn } from '../agency';
import {
  assertNever,
  ensure,
  ensureNotAfterToday,
  ensureShape,
  hasText,
  supervisionLawOn,
  type Source,
  type SourceStanding,
} from '../shared';
import { canEscalate, type EscalationStep } from './escalation-ladder';
import type {
  AssessResponse,
  CloseRecommendation,
  ExtendDeadline,
  FollowedStanding,
  IssueRecommendation,
  RecommendationCommand,
  RecordResponse,
} from './recommendation.commands';
import { RESUBMISSION_WORKING_DAYS } from './recommendation.deadlines';
import { decideFollowUp } from './recommendation.follow-up';
import type { RecommendationEvent } from './recommendation.events';
import { RECOMMENDATION_SHAPES } from './recommendation.shapes';
import type { RecommendationState } from './recommendation.state';
import {
  businessDateOf,
  ensureAccepted,
  ensureIssued,
  ensureNotBefore,
  ensureNotBeforeIssue,
  ensureOpen,
  ensureReportInOrder,
  settle,
} from './recommendation.guards';

type IssueData = IssueRecommendation['data'];

/** A delegation's recommendation cites its findings, and comes after its establishment. */
const issuedByDelegation = (data: IssueData, delegation: SourceStanding): void => {
  ensure(
    delegation.recorded,
    'delegation.not-established',
    'The delegation has not been established.',
  );
  ensure(hasText(data.text), 'recommendation.text-required', 'A recommendation needs its text.');
  ensure(
    data.findingIds.length > 0,
    'recommendation.findings-required',
    'A recommendation cites the findings it comes from.',
  );
  ensureNotBefore(
    data.issuedOn,
    delegation.openedOn,
    'recommendation.before-establishment',
    'a recommendation cannot predate the resolution that established its delegation',
  );
  ensure(
    new Set(data.findingIds).size === data.findingIds.length,
    'recommendation.findings-repeated',
    'A finding is cited twice.',
  );
  for (const findingId of data.findingIds) {
    ensure(
      findingId in delegation.parts,
      'recommendation.finding-foreign',
      `Finding ${findingId} does not belong to this delegation.`,
    );
    ensureNotBefore(
      data.issuedOn,
      delegation.parts[findingId],
      'recommendation.before-finding',
      `a recommendation cannot cite finding ${findingId} before it was recorded`,
    );
  }
};

/**
 * An item from another source (an interpellation session, an explanation session…) comes after
 * the source was recorded, and has no delegation findings to cite.
 */
const issuedFromSource = (data: IssueData, source: SourceStanding): void => {
  ensure(
    source.recorded,
    'source.not-recorded',
    `No ${source.kind} ${source.id} is on record to issue from.`,
  );
  ensure(hasText(data.text), 'recommendation.text-required', 'A recommendation needs its text.');
  ensure(
    data.findingIds.length === 0,
    'recommendation.findings-outside-delegation',
    'Only a delegation’s recommendation cites findings.',
  );
  ensureNotBefore(
    data.issuedOn,
    source.openedOn,
    'recommendation.before-source',
    `a recommendation cannot predate the ${source.kind} it comes from`,
  );
};

/**
 * A case escalated to an explanation session or to interpellation may name that session: it
 * must be one of that kind, on record.
 */
const placedBeforeSession = (
  step: EscalationStep,
  session: Source,
  standing: SourceStanding | undefined,
): void => {
  ensure(
    session.kind === step,
    'escalation.session-step',
    'Only an escalation to an explanation session or to interpellation names a session, of that kind.',
  );
  ensure(
    standing?.recorded === true,
    'escalation.session-unknown',
    `No ${session.kind} ${session.id} is on record.`,
  );
};

/**
 * An item carrying on from a recommendation comes from a session that recommendation was
 * escalated to: the chain from the case to the commitment made about it stays whole.
 */
const carriesOn = (data: IssueData, followed: FollowedStanding | undefined): void => {
  ensure(
    followed?.issued === true && followed.recommendationId === data.followsUp,
    'recommendation.follows-unknown',
    `No recommendation ${data.followsUp} is on record to follow up.`,
  );
  ensure(
    followed.sessions.some((s) => s.kind === data.source.kind && s.id === data.source.id),
    'recommendation.follows-not-escalated',
    'The recommendation followed up was not escalated to the session this item comes from.',
  );
};

const issue = (command: IssueRecommendation, state: RecommendationState): RecommendationEvent[] => {
  const { origin, addressee } = command;
  const { responseDueOn: dueOnAsked, responseDueInWorkingDays, ...data } = command.data;
  ensure(
    state.status === 'none',
    'recommendation.already-issued',
    'This recommendation is already issued.',
  );
  if (origin.kind === 'delegation') issuedByDelegation(data, origin);
  else issuedFromSource(data, origin);
  if (data.followsUp !== undefined) carriesOn(data, command.followed);
  const { partId } = data.source;
  if (partId !== undefined) {
    ensure(
      partId in origin.parts,
      'recommendation.part-foreign',
      `${partId} is not a part of ${origin.kind} ${origin.id}.`,
    );
    ensureNotBefore(
      data.issuedOn,
      origin.parts[partId],
      'recommendation.before-part',
      `a recommendation cannot come from ${partId} before it was recorded`,
    );
  }
  ensure(addressee.registered, 'agency.not-registered', 'The addressee agency is not registered.');
  ensure(
    !isAbolishedOn(addressee, data.issuedOn),
    'agency.abolished',
    'The addressee agency no longer exists; address its successor.',
  );
  const due = settle(dueOnAsked, responseDueInWorkingDays, data.issuedOn, command.calendar);
  ensure(
    due.dueOn > data.issuedOn,
    'recommendation.due-not-after-issue',
    'The response must be due after the issue date.',
  );
  return [
    {
      type: 'RecommendationIssued',
      data: {
        ...data,
        responseDueOn: due.dueOn,
        ...(due.asked && { responseDueAsked: due.asked }),
        supervisionLaw: supervisionLawOn(data.issuedOn),
      },
    },
  ];
};

const respond = (command: RecordResponse, state: RecommendationState): RecommendationEvent[] => {
  const open = ensureOpen(state);
  const { commitments: asked = [], ...data } = command.data;
  ensure(
    open.response === 'awaiting-response',
    'recommendation.response-not-due',
    'A response is already on record; it must be judged unsatisfactory before another is due.',
  );
  ensure(
    !open.responses.some((r) => r.responseId === data.responseId),
    'response.already-recorded',
    'This response is already recorded.',
  );
  ensure(
    data.agencyId === open.addressee.currentAgencyId,
    'recommendation.not-addressee',
    'Only the agency currently responsible may respond.',
  );
  ensureNotBeforeIssue(open, data.respondedOn);
  // A new response is due only once the last one was judged unsatisfactory: it answers that.
  ensureNotBefore(
    data.respondedOn,
    open.responses.at(-1)?.assessedOn,
    'response.before-assessment',
    'a response cannot predate the assessment that asked for it',
  );
  if (data.position === 'rejected') {
    ensure(
      hasText(data.text),
      'response.explanation-required',
      'A rejection must carry the agency’s explanation (giải trình).',
    );
    ensure(
      asked.length === 0,
      'response.rejection-with-commitments',
      'A rejection cannot carry commitments.',
    );
  } else {
    ensure(hasText(data.text), 'response.text-required', 'A response needs its text.');
  }
  // Working days count from the response: the agency commits in its letter of that date.
  const commitments = asked.map(({ dueOn, dueInWorkingDays, ...c }) => {
    const due = settle(dueOn, dueInWorkingDays, data.respondedOn, command.calendar);
    return { ...c, dueOn: due.dueOn, ...(due.asked && { dueAsked: due.asked }) };
  });
  const ids = new Set<string>();
  for (const c of commitments) {
    ensure(
      !ids.has(c.commitmentId),
      'response.commitment-repeated',
      `Commitment ${c.commitmentId} is listed twice.`,
    );
    ids.add(c.commitmentId);
    ensure(
      hasText(c.text),
      'response.commitment-text-required',
      'Each commitment says what will be done.',
    );
    ensure(
      c.dueOn >= data.respondedOn,
      'response.commitment-due-in-past',
      'A commitment cannot be due before the response.',
    );
  }
  return [{ type: 'ResponseRecorded', data: { ...data, commitments } }];
};

const assess = (command: AssessResponse, state: RecommendationState): RecommendationEvent[] => {
  const open = ensureOpen(state);
  const { newResponseDueOn, newResponseDueInWorkingDays, ...data } = command.data;
  const response = open.responses.find((r) => r.responseId === data.responseId);
  ensure(response !== undefined, 'response.unknown', 'No such response to this recommendation.');
  ensure(
    response === open.responses.at(-1),
    'response.superseded',
    'Only the latest response can be assessed.',
  );
  ensure(
    response.verdict === undefined,
    'response.already-assessed',
    'This response has already been assessed.',
  );
  ensure(
    data.assessedOn >= response.respondedOn,
    'assessment.before-response',
    'An assessment cannot predate the response.',
  );
  if (data.verdict === 'satisfactory') return [{ type: 'ResponseAssessed', data }];
  ensure(
    hasText(data.note),
    'assessment.note-required',
    'Say why the response does not meet the request.',
  );
  const given = newResponseDueOn !== undefined || newResponseDueInWorkingDays !== undefined;
  const due = settle(
    newResponseDueOn,
    given ? newResponseDueInWorkingDays : RESUBMISSION_WORKING_DAYS,
    data.assessedOn,
    command.calendar,
  );
  ensure(
    due.dueOn > data.assessedOn,
    'assessment.due-not-after',
    'The new response must be due after the assessment.',
  );
  return [
    {
      type: 'ResponseAssessed',
      data: {
        ...data,
        newResponseDueOn: due.dueOn,
        ...(due.asked && { newResponseDueAsked: due.asked }),
      },
    },
  ];
};

const close = (command: CloseRecommendation, state: RecommendationState): RecommendationEvent[] => {
  const open = ensureOpen(state);
  const { data } = command;
  ensure(
    hasText(data.assessment),
    'closure.assessment-required',
    'A closure records the verification’s assessment.',
  );
  ensureNotBeforeIssue(open, data.closedOn);
  ensureNotBefore(
    data.closedOn,
    open.reopenedOn,
    'closure.before-reopening',
    'a closure cannot predate the last reopening',
  );
  ensureNotBefore(
    data.closedOn,
    open.implementationReportedOn,
    'closure.before-report',
    'a verification cannot predate the work reported to it',
  );
  if (data.outcome === 'implemented') {
    ensure(
      open.implementation === 'reported-done',
      'closure.completion-not-reported',
      'Only work reported done, with evidence, can be verified as implemented.',
    );
  }
  if (data.outcome === 'partially-implemented') {
    ensure(
      open.implementation !== 'not-started',
      'closure.nothing-reported',
      'No progress has been reported.',
    );
  }
  return [
    {
      type: 'RecommendationClosed',
      data: { ...data, supervisionLaw: supervisionLawOn(data.closedOn) },
    },
  ];
};

const extend = (command: ExtendDeadline, state: RecommendationState): RecommendationEvent[] => {
  const open = ensureOpen(state);
  const { commitmentId, newDueOn, newDueInWorkingDays, ...data } = command.data;
  ensure(hasText(data.reason), 'deadline.reason-required', 'An extension needs a reason.');
  ensure(
    hasText(data.approvedBy),
    'deadline.approver-required',
    'An extension needs the name of who approved it.',
  );
  ensureNotBeforeIssue(open, data.extendedOn);
  ensureNotBefore(
    data.extendedOn,
    open.extendedOn,
    'deadline.before-previous-extension',
    'an extension cannot predate the previous one',
  );
  let due = open.responseDue;
  if (commitmentId === undefined) {
    ensure(
      open.response === 'awaiting-response',
      'deadline.response-not-pending',
      'No response is awaited.',
    );
  } else {
    const commitment = open.commitments[commitmentId];
    ensure(
      commitment !== undefined,
      'deadline.commitment-unknown',
      `No commitment ${commitmentId} on this recommendation.`,
    );
    due = commitment;
  }
  // "Gia hạn thêm 10 ngày làm việc": working days are added to the date now in force.
  const settled = settle(newDueOn, newDueInWorkingDays, due.dueOn, command.calendar);
  ensure(
    settled.dueOn > due.dueOn,
    'deadline.not-later',
    `The new date must be after the current one (${due.dueOn}).`,
  );
  return [
    {
      type: 'DeadlineExtended',
      data: {
        ...data,
        newDueOn: settled.dueOn,
        ...(settled.asked && { newDueAsked: settled.asked }),
        deadline: commitmentId === undefined ? 'response' : { commitmentId },
        originalDueOn: due.originalDueOn,
        previousDueOn: due.dueOn,
        supervisionLaw: supervisionLawOn(data.extendedOn),
      },
    },
  ];
};

export const decideRecommendation = (
  command: RecommendationCommand,
  state: RecommendationState,
): RecommendationEvent[] => {
  const required = RECOMMENDATION_SHAPES[command.type];
  if (required) ensureShape(command.data, required.shape, required.subject);
  ensureNotAfterToday(businessDateOf(command), command.today);
  switch (command.type) {
    case 'IssueRecommendation':
      return issue(command, state);
    case 'RecordResponse':
      return respond(command, state);
    case 'AssessResponse':
      return assess(command, state);
    case 'ReportProgress': {
      const open = ensureOpen(state);
      ensureAccepted(open);
      ensure(
        open.implementation !== 'reported-done',
        'recommendation.already-reported-done',
        'Completion is already reported.',
      );
      ensure(
        hasText(command.data.text),
        'progress.text-required',
        'A progress report says what was done.',
      );
      const { percent } = command.data;
      ensure(
        percent === undefined || (percent >= 0 && percent <= 100),
        'progress.percent-range',
        'Percent is between 0 and 100.',
      );
      ensureReportInOrder(open, command.data.reportedOn);
      return [{ type: 'ProgressReported', data: command.data }];
    }
    case 'ReportCompletion': {
      const open = ensureOpen(state);
      ensureAccepted(open);
      ensure(
        open.implementation !== 'reported-done',
        'recommendation.already-reported-done',
        'Completion is already reported.',
      );
      ensure(
        command.data.evidence.length > 0,
        'completion.evidence-required',
        'Completion is reported with evidence.',
      );
      ensure(
        command.data.evidence.every((e) => hasText(e.title) && hasText(e.reference)),
        'completion.evidence-incomplete',
        'Each piece of evidence has a title and a reference.',
      );
      ensureReportInOrder(open, command.data.reportedOn);
      ensureNotBefore(
        command.data.reportedOn,
        open.implementationReportedOn,
        'completion.before-progress',
        'completion cannot predate the progress already reported',
      );
      return [{ type: 'CompletionReported', data: command.data }];
    }
    case 'CloseRecommendation':
      return close(command, state);
    case 'ReopenRecommendation': {
      const issued = ensureIssued(state);
      ensure(
        issued.status === 'closed',
        'recommendation.not-closed',
        'Only a closed recommendation can be reopened.',
      );
      ensure(
        hasText(command.data.reason),
        'reopening.reason-required',
        'Reopening needs a reason.',
      );
      ensure(
        issued.closedOn === undefined || command.data.reopenedOn >= issued.closedOn,
        'reopening.before-closure',
        'A recommendation cannot be reopened before it was closed.',
      );
      const { reopenedOn } = command.data;
      return [
        {
          type: 'RecommendationReopened',
          data: { ...command.data, supervisionLaw: supervisionLawOn(reopenedOn) },
        },
      ];
    }
    case 'ExtendDeadline':
      return extend(command, state);
    case 'Escalate': {
      const open = ensureOpen(state);
      ensure(
        canEscalate(open.escalation, command.data.step),
        'escalation.not-upward',
        `Escalation moves up the ladder; the case is already at "${open.escalation}".`,
      );
      ensure(
        hasText(command.data.note),
        'escalation.note-required',
        'An escalation says what was done or asked.',
      );
      ensureNotBeforeIssue(open, command.data.escalatedOn);
      ensureNotBefore(
        command.data.escalatedOn,
        open.escalatedOn,
        'escalation.before-previous',
        'an escalation cannot predate the previous one',
      );
      const { escalatedOn, session, step } = command.data;
      if (session !== undefined) placedBeforeSession(step, session, command.sessionStanding);
      return [
        {
          type: 'RecommendationEscalated',
          data: { ...command.data, supervisionLaw: supervisionLawOn(escalatedOn) },
        },
      ];
    }
    case 'FollowUpDeadlines':
      // A sweep asks about every recommendation it finds: nothing to say is not an error.
      return state.status === 'none' ? [] : decideFollowUp(command, state);
    case 'TransferRecommendation': {
      const open = ensureOpen(state);
      const { data } = command;
      ensure(
        data.fromAgencyId === open.addressee.currentAgencyId,
        'recommendation.not-addressee',
        'Only the current addressee’s cases pass to its successor.',
      );
      ensure(
        data.toAgencyId !== data.fromAgencyId,
        'transfer.same-agency',
        'An agency cannot succeed itself.',
      );
      ensure(hasText(data.basis), 'transfer.basis-required', 'A handover names its legal basis.');
      // The agency holds the case from its own handover on: it cannot pass it on before that.
      const last = open.addressee.handovers?.at(-1);
      ensure(
        last === undefined || data.effectiveOn >= last.effectiveOn,
        'transfer.before-last-handover',
        `The case passed to this agency on ${last?.effectiveOn ?? ''}; it cannot pass on earlier.`,
      );
      return [{ type: 'RecommendationTransferred', data }];
    }
    default:
      return assertNever(command);
  }
};
