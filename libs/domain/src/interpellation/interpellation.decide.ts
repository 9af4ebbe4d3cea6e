import {
  assertNever,
  ensure,
  ensureNotAfterToday,
  ensureShape,
  hasText,
  NAMED_BODIES,
  type LocalDate,
} from '../shared';
import type { InterpellationCommand } from './interpellation.commands';
import type { InterpellationEvent } from './interpellation.events';
import { INTERPELLATION_SHAPES } from './interpellation.shapes';
import type { HeldInterpellation, InterpellationState } from './interpellation.state';

const businessDateOf = (command: InterpellationCommand): LocalDate => {
  switch (command.type) {
    case 'HoldInterpellation':
      return command.data.heldOn;
    case 'RecordInterpellationQuestion':
      return command.data.askedOn;
    case 'AdoptInterpellationResolution':
      return command.data.resolution.issuedOn;
    default:
      return assertNever(command);
  }
};

const ensureHeld = (state: InterpellationState): HeldInterpellation => {
  ensure(
    state.status === 'held',
    'interpellation.not-held',
    'No interpellation session is on record under this id.',
  );
  return state as HeldInterpellation;
};

/**
 * An interpellation session is held on a day, by a council or its Standing Committee; its
 * questions and answers come on that day or after (a session can last two days), and the
 * resolution after it comes once, after the session.
 */
export const decideInterpellation = (
  command: InterpellationCommand,
  state: InterpellationState,
): InterpellationEvent[] => {
  const { subject, shape } = INTERPELLATION_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  ensureNotAfterToday(businessDateOf(command), command.today);
  switch (command.type) {
    case 'HoldInterpellation': {
      const { data } = command;
      ensure(
        state.status === 'none',
        'interpellation.already-held',
        'This interpellation session is already on record.',
      );
      ensure(hasText(data.title), 'interpellation.title-required', 'A session needs a title.');
      ensure(
        hasText(data.meeting),
        'interpellation.meeting-required',
        'A session names the council meeting it was part of.',
      );
      ensure(
        !NAMED_BODIES.includes(data.supervisor.body) || hasText(data.supervisor.name),
        'interpellation.supervisor-name-required',
        'A committee, a group of deputies or a deputy supervising must be named.',
      );
      return [{ type: 'InterpellationHeld', data }];
    }
    case 'RecordInterpellationQuestion': {
      const held = ensureHeld(state);
      const { data } = command;
      ensure(
        !(data.questionId in held.questions),
        'question.already-recorded',
        'This question is already on record.',
      );
      ensure(hasText(data.askedBy), 'question.asker-required', 'Name the deputy who asked.');
      ensure(
        hasText(data.answeredBy.name),
        'question.answerer-required',
        'Name who answered for the agency.',
      );
      ensure(hasText(data.question), 'question.question-required', 'Write the question down.');
      ensure(hasText(data.answer), 'question.answer-required', 'Write the answer down.');
      ensure(
        data.askedOn >= held.heldOn,
        'question.before-session',
        'A question cannot be asked before its session.',
      );
      return [{ type: 'InterpellationQuestionAnswered', data }];
    }
    case 'AdoptInterpellationResolution': {
      const held = ensureHeld(state);
      const { data } = command;
      ensure(
        held.resolvedOn === undefined,
        'interpellation.already-resolved',
        'The resolution after this session is already on record.',
      );
      ensure(
        hasText(data.resolution.number) && hasText(data.resolution.issuedBy),
        'interpellation.resolution-required',
        'A resolution has its number and the body that issued it.',
      );
      ensure(
        data.resolution.issuedOn >= held.heldOn,
        'interpellation.resolution-before-session',
        'The resolution cannot predate the session.',
      );
      ensure(
        hasText(data.summary),
        'interpellation.summary-required',
        'Write what the resolution requires.',
      );
      return [{ type: 'InterpellationResolutionAdopted', data }];
    }
    default:
      return assertNever(command);
  }
};
