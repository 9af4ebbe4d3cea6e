import { assertNever, ensure, ensureShape, hasText } from '../shared';
import type { AgencyCommand } from './agency.commands';
import type { AgencyEvent } from './agency.events';
import { AGENCY_SHAPES } from './agency.shapes';
import { isAbolishedOn, type AgencyState } from './agency.state';

export const decideAgency = (command: AgencyCommand, state: AgencyState): AgencyEvent[] => {
  const { subject, shape } = AGENCY_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  switch (command.type) {
    case 'RegisterAgency': {
      ensure(
        state.status === 'unregistered',
        'agency.already-registered',
        'This agency is already registered.',
      );
      ensure(hasText(command.data.name), 'agency.name-required', 'An agency needs a name.');
      ensure(
        command.data.parentId !== command.data.agencyId,
        'agency.own-parent',
        'An agency cannot be its own parent.',
      );
      const { parent, ...data } = command.data;
      ensure(
        data.parentId === undefined || parent?.registered === true,
        'agency.parent-unknown',
        'The parent agency is not registered.',
      );
      return [{ type: 'AgencyRegistered', data }];
    }
    case 'RecordAgencySuccession': {
      const { successor, successorChain, ...data } = command.data;
      ensure(
        state.status !== 'unregistered',
        'agency.not-registered',
        'This agency is not registered.',
      );
      ensure(
        state.status === 'active',
        'agency.already-succeeded',
        'This agency already has a successor.',
      );
      ensure(
        data.successorId !== data.agencyId,
        'agency.own-successor',
        'An agency cannot succeed itself.',
      );
      ensure(
        successor.registered,
        'agency.successor-unknown',
        'The successor agency is not registered.',
      );
      ensure(
        !isAbolishedOn(successor, data.effectiveOn),
        'agency.successor-abolished',
        'The successor agency no longer exists on the effective date.',
      );
      // A → B when B already passes (perhaps later) to A would send cases round for ever.
      ensure(
        !successorChain.includes(data.agencyId),
        'agency.succession-cycle',
        'The successor already passes its cases, in turn, to this agency.',
      );
      ensure(
        hasText(data.basis),
        'agency.succession-basis-required',
        'A succession needs its legal basis.',
      );
      return [{ type: 'AgencySuccessionRecorded', data }];
    }
    default:
      return assertNever(command);
  }
};
