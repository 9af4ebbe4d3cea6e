import { isAbolishedOn } from '../agency';
import {
  assertNever,
  ensure,
  ensureNotAfterToday,
  ensureShape,
  hasText,
  NAMED_BODIES,
  type SupervisingBody,
} from '../shared';
import type {
  ExplanationSessionCommand,
  HoldExplanationSession,
} from './explanation-session.commands';
import type { ExplanationSessionEvent } from './explanation-session.events';
import { EXPLANATION_SESSION_SHAPES } from './explanation-session.shapes';
import type { ExplanationSessionState } from './explanation-session.state';

/**
 * The law on supervisory activities gives explanation sessions to the council's Standing
 * Committee and its committees (Ban); the council itself questions at its meetings instead, and
 * deputies do not hold sessions of their own.
 */
const HOLDING_BODIES: readonly SupervisingBody[] = ['standing-committee', 'committee'];

const hold = (
  command: HoldExplanationSession,
  state: ExplanationSessionState,
): ExplanationSessionEvent[] => {
  const { data, agency } = command;
  ensure(
    state.status === 'none',
    'explanation-session.already-held',
    'This explanation session is already on record.',
  );
  ensure(
    hasText(data.issue),
    'explanation-session.issue-required',
    'A session names the issue explained.',
  );
  ensure(
    HOLDING_BODIES.includes(data.supervisor.body),
    'explanation-session.supervisor-not-holder',
    'Only the Standing Committee or a committee holds an explanation session.',
  );
  ensure(
    !NAMED_BODIES.includes(data.supervisor.body) || hasText(data.supervisor.name),
    'explanation-session.supervisor-name-required',
    'The committee holding the session must be named.',
  );
  ensure(agency.registered, 'agency.not-registered', 'The agency explaining is not registered.');
  ensure(
    !isAbolishedOn(agency, data.heldOn),
    'agency.abolished',
    `Agency ${data.agencyId} no longer existed on ${data.heldOn}.`,
  );
  return [{ type: 'ExplanationSessionHeld', data }];
};

/**
 * An explanation session is held on a day, about one issue, with one agency explaining; it ends
 * with one conclusion, on that day or after, which says what the agency must do and by when.
 */
export const decideExplanationSession = (
  command: ExplanationSessionCommand,
  state: ExplanationSessionState,
): ExplanationSessionEvent[] => {
  const { subject, shape } = EXPLANATION_SESSION_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  switch (command.type) {
    case 'HoldExplanationSession':
      ensureNotAfterToday(command.data.heldOn, command.today);
      return hold(command, state);
    case 'RecordExplanationConclusion': {
      const { data } = command;
      ensureNotAfterToday(data.concludedOn, command.today);
      ensure(
        state.status === 'held',
        'explanation-session.not-held',
        'No explanation session is on record under this id.',
      );
      ensure(
        state.concludedOn === undefined,
        'explanation-session.already-concluded',
        'The conclusion of this session is already on record.',
      );
      ensure(
        hasText(data.conclusion),
        'explanation-session.conclusion-required',
        'Write what the conclusion asks of the agency.',
      );
      ensure(
        data.concludedOn >= state.heldOn,
        'explanation-session.conclusion-before-session',
        'The conclusion cannot predate the session.',
      );
      return [{ type: 'ExplanationConclusionRecorded', data }];
    }
    default:
      return assertNever(command);
  }
};
