import { isAbolishedOn, type AgencyStanding } from '../agency';
import {
  assertNever,
  ensure,
  ensureNotAfterToday,
  ensureShape,
  hasText,
  type LocalDate,
} from '../shared';
import type { ObstacleCommand } from './obstacle.commands';
import type { ObstacleEvent } from './obstacle.events';
import { OBSTACLE_SHAPES } from './obstacle.shapes';
import type { ObstacleState, RecordedObstacle } from './obstacle.state';

const ensureRecorded = (state: ObstacleState): RecordedObstacle => {
  ensure(state.status !== 'none', 'obstacle.not-recorded', 'This obstacle has not been recorded.');
  return state;
};

/** Work on an obstacle is possible only while it is open: not merged away, not resolved. */
const ensureOpen = (state: ObstacleState): RecordedObstacle => {
  const recorded = ensureRecorded(state);
  ensure(
    recorded.status !== 'resolved',
    'obstacle.already-resolved',
    'This obstacle is already resolved.',
  );
  ensure(
    recorded.status !== 'merged',
    'obstacle.merged',
    `This obstacle was merged into ${recorded.mergedInto}; work on that one.`,
  );
  return recorded;
};

const ensureAgencyExistsOn = (agency: AgencyStanding, date: LocalDate): void => {
  ensure(
    agency.registered,
    'agency.not-registered',
    `Agency ${agency.agencyId} is not registered.`,
  );
  ensure(
    !isAbolishedOn(agency, date),
    'agency.abolished',
    `Agency ${agency.agencyId} no longer exists on ${date}.`,
  );
};

/** The date each command is decided on; a transfer's is a succession's, which may lie ahead. */
const businessDateOf = (command: ObstacleCommand): LocalDate | undefined => {
  switch (command.type) {
    case 'RecordObstacle':
      return command.data.recordedOn;
    case 'AssignObstacle':
      return command.data.assignedOn;
    case 'ReferObstacle':
      return command.data.referredOn;
    case 'MergeObstacles':
      return command.data.mergedOn;
    case 'ResolveObstacle':
      return command.data.resolvedOn;
    default:
      return undefined;
  }
};

/** Each step follows the assignment or referral before it, in the order the log holds them. */
const ensureAfterLastStep = (open: RecordedObstacle, date: LocalDate): void =>
  ensure(
    open.lastStepOn === undefined || date >= open.lastStepOn,
    'obstacle.before-previous-step',
    `${date} is before the obstacle's last assignment or referral (${open.lastStepOn}).`,
  );

export const decideObstacle = (command: ObstacleCommand, state: ObstacleState): ObstacleEvent[] => {
  const { subject, shape } = OBSTACLE_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  ensureNotAfterToday(businessDateOf(command), command.today);
  switch (command.type) {
    case 'RecordObstacle':
      ensure(
        state.status === 'none',
        'obstacle.already-recorded',
        'This obstacle is already recorded.',
      );
      ensure(
        hasText(command.data.statement),
        'obstacle.statement-required',
        'An obstacle needs a statement.',
      );
      return [{ type: 'ObstacleRecorded', data: command.data }];
    case 'AssignObstacle': {
      const open = ensureOpen(state);
      ensureAgencyExistsOn(command.agency, command.data.assignedOn);
      ensure(
        command.data.assignedOn >= open.recordedOn,
        'obstacle.date-before-record',
        'Assignment predates the obstacle.',
      );
      ensureAfterLastStep(open, command.data.assignedOn);
      return [{ type: 'ObstacleAssigned', data: command.data }];
    }
    case 'ReferObstacle': {
      const open = ensureOpen(state);
      ensureAgencyExistsOn(command.agency, command.data.referredOn);
      ensure(
        hasText(command.data.note),
        'obstacle.referral-note-required',
        'A referral says what is asked of the agency.',
      );
      ensure(
        command.data.referredOn >= open.recordedOn,
        'obstacle.date-before-record',
        'Referral predates the obstacle.',
      );
      ensureAfterLastStep(open, command.data.referredOn);
      return [{ type: 'ObstacleReferred', data: command.data }];
    }
    case 'MergeObstacles': {
      const open = ensureOpen(state);
      const { data, target } = command;
      ensure(
        data.intoObstacleId !== open.obstacleId,
        'obstacle.merge-into-self',
        'An obstacle cannot be merged into itself.',
      );
      ensure(
        target.exists,
        'obstacle.merge-target-unknown',
        'The obstacle to merge into does not exist.',
      );
      ensure(
        target.open,
        'obstacle.merge-target-closed',
        'The obstacle to merge into is already resolved or merged.',
      );
      ensure(
        data.mergedOn >= open.recordedOn,
        'obstacle.date-before-record',
        'Merging predates the obstacle.',
      );
      ensureAfterLastStep(open, data.mergedOn);
      return [{ type: 'ObstacleMerged', data }];
    }
    case 'ResolveObstacle': {
      const open = ensureOpen(state);
      const { evidence = [], ...data } = command.data;
      ensure(
        hasText(data.resolution),
        'obstacle.resolution-required',
        'A resolution says how the obstacle was removed.',
      );
      ensure(
        evidence.every((e) => hasText(e.title) && hasText(e.reference)),
        'obstacle.evidence-incomplete',
        'Each piece of evidence has a title and a reference.',
      );
      ensure(
        data.resolvedOn >= open.recordedOn,
        'obstacle.date-before-record',
        'Resolution predates the obstacle.',
      );
      ensureAfterLastStep(open, data.resolvedOn);
      return [{ type: 'ObstacleResolved', data: { ...data, evidence } }];
    }
    case 'TransferObstacle': {
      const open = ensureOpen(state);
      // Unassigned, an obstacle is answered by the agency it arose at: that one passes it on too.
      ensure(
        command.data.fromAgencyId === (open.responsibleAgencyId ?? open.sourceAgencyId),
        'obstacle.not-responsible',
        'Only the responsible agency’s obstacles pass to its successor.',
      );
      ensure(
        command.data.toAgencyId !== command.data.fromAgencyId,
        'transfer.same-agency',
        'An agency cannot succeed itself.',
      );
      ensure(
        hasText(command.data.basis),
        'transfer.basis-required',
        'A handover names its legal basis.',
      );
      // The agency holds the obstacle from its own handover on: it cannot pass it on before that.
      ensure(
        open.handedOverOn === undefined || command.data.effectiveOn >= open.handedOverOn,
        'transfer.before-last-handover',
        `The obstacle passed to this agency on ${open.handedOverOn ?? ''}; it cannot pass on earlier.`,
      );
      return [{ type: 'ObstacleTransferred', data: command.data }];
    }
    default:
      return assertNever(command);
  }
};
