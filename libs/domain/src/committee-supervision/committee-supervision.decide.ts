import {
  assertNever,
  ensure,
  ensureNotAfterToday,
  ensureShape,
  hasText,
  NAMED_BODIES,
  type LocalDate,
  type SupervisingBody,
} from '../shared';
import type { CommitteeSupervisionCommand } from './committee-supervision.commands';
import type { CommitteeSupervisionEvent } from './committee-supervision.events';
import { COMMITTEE_SUPERVISION_SHAPES } from './committee-supervision.shapes';
import type { CommitteeSupervisionState } from './committee-supervision.state';

/** Who supervises this way: the Standing Committee, or one of the council's committees. */
const COMMITTEES: readonly SupervisingBody[] = ['standing-committee', 'committee'];

const businessDateOf = (command: CommitteeSupervisionCommand): LocalDate => {
  switch (command.type) {
    case 'StartCommitteeSupervision':
      return command.data.startedOn;
    case 'ConcludeCommitteeSupervision':
      return command.data.concludedOn;
    default:
      return assertNever(command);
  }
};

/**
 * The Standing Committee or a committee supervises on its own: it starts on a day, and its
 * conclusion comes once, not before it started.
 */
export const decideCommitteeSupervision = (
  command: CommitteeSupervisionCommand,
  state: CommitteeSupervisionState,
): CommitteeSupervisionEvent[] => {
  const { subject, shape } = COMMITTEE_SUPERVISION_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  ensureNotAfterToday(businessDateOf(command), command.today);
  switch (command.type) {
    case 'StartCommitteeSupervision': {
      const { data } = command;
      ensure(
        state.status === 'none',
        'committee-supervision.already-started',
        'This supervision is already on record.',
      );
      ensure(
        hasText(data.topic),
        'committee-supervision.topic-required',
        'Say what is supervised.',
      );
      ensure(
        COMMITTEES.includes(data.supervisor.body),
        'committee-supervision.not-a-committee',
        'Only the Standing Committee or a committee supervises outside a delegation.',
      );
      ensure(
        !NAMED_BODIES.includes(data.supervisor.body) || hasText(data.supervisor.name),
        'committee-supervision.supervisor-name-required',
        'A committee supervising must be named.',
      );
      return [{ type: 'CommitteeSupervisionStarted', data }];
    }
    case 'ConcludeCommitteeSupervision': {
      ensure(
        state.status !== 'none',
        'committee-supervision.not-started',
        'No such supervision is on record.',
      );
      const { data } = command;
      ensure(
        state.status === 'started',
        'committee-supervision.already-concluded',
        'This supervision is already concluded.',
      );
      ensure(
        data.concludedOn >= state.startedOn,
        'committee-supervision.concluded-before-start',
        'A supervision cannot be concluded before it started.',
      );
      ensure(
        hasText(data.conclusion),
        'committee-supervision.conclusion-required',
        'Write the conclusion down.',
      );
      return [{ type: 'CommitteeSupervisionConcluded', data }];
    }
    default:
      return assertNever(command);
  }
};
