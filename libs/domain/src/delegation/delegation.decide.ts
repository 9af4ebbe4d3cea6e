import { isAbolishedOn } from '../agency';
import {
  assertNever,
  ensure,
  ensureNotAfterToday,
  ensureShape,
  hasText,
  NAMED_BODIES,
  type LocalDate,
} from '../shared';
import type {
  DelegationCommand,
  PublishDelegationResults,
  RecordFinding,
  WithdrawPublication,
} from './delegation.commands';
import type { DelegationEvent, Indicator } from './delegation.events';
import { DELEGATION_SHAPES } from './delegation.shapes';
import type { DelegationState, EstablishedDelegation } from './delegation.state';

type Active = EstablishedDelegation & { status: 'established' };

const ensureActive = (state: DelegationState): Active => {
  ensure(
    state.status !== 'none',
    'delegation.not-established',
    'This delegation has not been established.',
  );
  ensure(
    state.status === 'established',
    'delegation.concluded',
    'This delegation has concluded; its record is closed to new work.',
  );
  return state as Active;
};

/** An indicator must be internally consistent: 84.72 out of 100, rank 3 of 9. */
const ensureIndicator = (indicator: Indicator, index: number): void => {
  const at = `Indicator ${index + 1}`;
  ensure(hasText(indicator.name), 'finding.indicator-name-required', `${at} needs a name.`);
  if (indicator.outOf !== undefined) {
    ensure(
      indicator.value !== undefined,
      'finding.indicator-value-required',
      `${at} has a scale but no value.`,
    );
    ensure(
      indicator.value <= indicator.outOf && indicator.value >= 0,
      'finding.indicator-out-of-scale',
      `${at}: ${indicator.value} is outside 0–${indicator.outOf}.`,
    );
  }
  if (indicator.rank !== undefined || indicator.rankOf !== undefined) {
    const { rank, rankOf } = indicator;
    ensure(
      rank !== undefined && rankOf !== undefined && rank >= 1 && rank <= rankOf,
      'finding.indicator-rank-invalid',
      `${at}: a rank needs both "rank" and "rankOf", with 1 ≤ rank ≤ rankOf.`,
    );
  }
};

/** The date each command is decided on: the resolution's, the survey's, the finding's, the end. */
const businessDateOf = (command: DelegationCommand): LocalDate | undefined => {
  switch (command.type) {
    case 'EstablishDelegation':
      return command.data.legalBasis.issuedOn;
    case 'RecordSurvey':
      return command.data.date;
    case 'RecordFinding':
      return command.data.recordedOn;
    case 'ConcludeDelegation':
      return command.data.concludedOn;
    case 'PublishDelegationResults':
      return command.data.publishedOn;
    case 'WithdrawPublication':
      return command.data.withdrawnOn;
    default:
      return undefined;
  }
};

/** The latest day the delegation worked on: its resolution, its last survey or finding. */
const lastWorkedOn = (state: Active): LocalDate =>
  [
    ...Object.values(state.surveys).map((s) => s.date),
    ...state.findings.map((f) => f.recordedOn),
  ].reduce((latest, date) => (date > latest ? date : latest), state.legalBasis.issuedOn);

const decideFinding = (command: RecordFinding, state: Active): DelegationEvent[] => {
  const { data } = command;
  ensure(
    !state.findings.some((f) => f.findingId === data.findingId),
    'finding.already-recorded',
    'This finding is already recorded.',
  );
  ensure(hasText(data.statement), 'finding.statement-required', 'A finding needs a statement.');
  ensure(
    data.recordedOn >= state.legalBasis.issuedOn,
    'finding.before-establishment',
    'A finding cannot predate the resolution that established the delegation.',
  );
  ensure(
    command.agency.registered,
    'agency.not-registered',
    'The agency of this finding is not registered.',
  );
  if (data.surveyId !== undefined) {
    const survey = state.surveys[data.surveyId];
    ensure(
      survey !== undefined,
      'finding.survey-unknown',
      'The survey does not belong to this delegation.',
    );
    ensure(
      survey.agencyIds.includes(data.agencyId),
      'finding.agency-not-surveyed',
      'The agency was not among the units of that survey.',
    );
    ensure(
      data.recordedOn >= survey.date,
      'finding.before-survey',
      'A finding cannot predate its survey.',
    );
  }
  ensure(
    (data.kind === 'obstacle') === (data.obstacleId !== undefined),
    'finding.obstacle-id',
    'A finding of kind "obstacle" opens exactly one obstacle; other kinds open none.',
  );
  const indicators = data.indicators ?? [];
  indicators.forEach(ensureIndicator);
  return [{ type: 'FindingRecorded', data: { ...data, indicators } }];
};

/**
 * Publishing is the secretariat's explicit decision, recorded like any other: the public page
 * shows a delegation only between a publication and its withdrawal. A concluded delegation may
 * be published (results usually are, after the conclusion); only an established one can be.
 */
const decidePublication = (
  command: PublishDelegationResults | WithdrawPublication,
  state: DelegationState,
): DelegationEvent[] => {
  ensure(
    state.status !== 'none',
    'delegation.not-established',
    'This delegation has not been established.',
  );
  const established = state as EstablishedDelegation;
  if (command.type === 'PublishDelegationResults') {
    const { data } = command;
    ensure(
      established.publishedOn === undefined,
      'publication.already-published',
      `This delegation's results are already public (since ${established.publishedOn}).`,
    );
    ensure(
      hasText(data.basis),
      'publication.basis-required',
      'A publication names its basis or note.',
    );
    ensure(
      data.publishedOn >= established.legalBasis.issuedOn,
      'publication.before-establishment',
      'Results cannot be published before the resolution that established the delegation.',
    );
    ensure(
      established.publicationChangedOn === undefined ||
        data.publishedOn >= established.publicationChangedOn,
      'publication.before-withdrawal',
      `A new publication cannot predate the last withdrawal (${established.publicationChangedOn}).`,
    );
    return [{ type: 'DelegationResultsPublished', data }];
  }
  const { data } = command;
  ensure(
    established.publishedOn !== undefined,
    'publication.not-published',
    "This delegation's results are not public.",
  );
  ensure(hasText(data.reason), 'publication.reason-required', 'A withdrawal needs its reason.');
  ensure(
    data.withdrawnOn >= established.publishedOn,
    'publication.withdrawn-before-published',
    `A publication cannot be withdrawn before it was published (${established.publishedOn}).`,
  );
  return [{ type: 'DelegationPublicationWithdrawn', data }];
};

export const decideDelegation = (
  command: DelegationCommand,
  state: DelegationState,
): DelegationEvent[] => {
  const { subject, shape } = DELEGATION_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  ensureNotAfterToday(businessDateOf(command), command.today);
  switch (command.type) {
    case 'EstablishDelegation': {
      const { data } = command;
      ensure(
        state.status === 'none',
        'delegation.already-established',
        'This delegation is already established.',
      );
      ensure(hasText(data.title), 'delegation.title-required', 'A delegation needs a title.');
      ensure(hasText(data.topic), 'delegation.topic-required', 'A delegation needs a topic.');
      ensure(
        hasText(data.legalBasis.number) && hasText(data.legalBasis.issuedBy),
        'delegation.legal-basis-required',
        'A delegation is established by a resolution.',
      );
      ensure(
        data.periodFrom <= data.periodTo,
        'delegation.period-inverted',
        'The supervised period ends before it starts.',
      );
      ensure(hasText(data.chair.name), 'delegation.chair-required', 'A delegation needs a chair.');
      ensure(
        !NAMED_BODIES.includes(data.supervisor.body) || hasText(data.supervisor.name),
        'delegation.supervisor-name-required',
        'A committee, a group of deputies or a deputy supervising must be named.',
      );
      return [{ type: 'DelegationEstablished', data }];
    }
    case 'FormWorkingGroup': {
      const active = ensureActive(state);
      const { data } = command;
      ensure(
        !(data.workingGroupId in active.workingGroups),
        'working-group.already-formed',
        'This working group already exists.',
      );
      ensure(
        hasText(data.number),
        'working-group.number-required',
        'A working group needs a number.',
      );
      ensure(
        !Object.values(active.workingGroups).includes(data.number),
        'working-group.number-taken',
        `Working group ${data.number} already exists in this delegation.`,
      );
      ensure(
        hasText(data.leader.name),
        'working-group.leader-required',
        'A working group needs a leader.',
      );
      return [{ type: 'WorkingGroupFormed', data }];
    }
    case 'RecordSurvey': {
      const active = ensureActive(state);
      const { data } = command;
      ensure(
        !(data.surveyId in active.surveys),
        'survey.already-recorded',
        'This survey is already recorded.',
      );
      ensure(
        data.workingGroupId === undefined || data.workingGroupId in active.workingGroups,
        'survey.working-group-unknown',
        'The working group does not belong to this delegation.',
      );
      ensure(
        data.agencyIds.length > 0,
        'survey.agencies-required',
        'A survey visits at least one unit.',
      );
      ensure(
        new Set(data.agencyIds).size === data.agencyIds.length,
        'survey.agencies-repeated',
        'A unit is listed twice.',
      );
      for (const agency of command.agencies) {
        ensure(
          agency.registered,
          'agency.not-registered',
          `Agency ${agency.agencyId} is not registered.`,
        );
        ensure(
          !isAbolishedOn(agency, data.date),
          'agency.abolished',
          `Agency ${agency.agencyId} no longer existed on ${data.date}.`,
        );
      }
      ensure(
        data.topics.length > 0 && data.topics.every(hasText),
        'survey.topics-required',
        'A survey raises at least one topic, each with its words.',
      );
      ensure(hasText(data.chair.name), 'survey.chair-required', 'A survey is chaired by someone.');
      ensure(
        data.date >= active.legalBasis.issuedOn,
        'survey.before-establishment',
        'A survey cannot predate the resolution that established the delegation.',
      );
      return [{ type: 'SurveyRecorded', data }];
    }
    case 'RecordFinding':
      return decideFinding(command, ensureActive(state));
    case 'ConcludeDelegation': {
      const active = ensureActive(state);
      const { data } = command;
      ensure(
        hasText(data.summary),
        'delegation.summary-required',
        'A conclusion needs its summary.',
      );
      ensure(
        data.concludedOn >= active.legalBasis.issuedOn,
        'delegation.concluded-before-established',
        'A delegation cannot conclude before it was established.',
      );
      ensure(
        data.concludedOn >= lastWorkedOn(active),
        'delegation.concluded-before-work',
        `A delegation cannot conclude before its last survey or finding (${lastWorkedOn(active)}).`,
      );
      return [{ type: 'DelegationConcluded', data }];
    }
    case 'PublishDelegationResults':
    case 'WithdrawPublication':
      return decidePublication(command, state);
    default:
      return assertNever(command);
  }
};
