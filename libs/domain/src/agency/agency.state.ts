import type { LocalDate } from '../shared';
import type { AgencyLevel } from './agency.events';
import type { AgencyStanding } from './agency.commands';

export type AgencyState =
  | Readonly<{ status: 'unregistered' }>
  | Readonly<{
      status: 'active' | 'succeeded';
      agencyId: string;
      name: string;
      level: AgencyLevel;
      parentId?: string;
      succession?: Readonly<{ successorId: string; effectiveOn: LocalDate; basis: string }>;
    }>;

export const initialAgencyState: AgencyState = { status: 'unregistered' };

/** An agency whose succession has taken effect on `date` no longer exists on that date. */
export const isAbolishedOn = (agency: AgencyStanding, date: LocalDate): boolean =>
  agency.succession !== undefined && agency.succession.effectiveOn <= date;

export const standingOf = (state: AgencyState, agencyId: string): AgencyStanding =>
  state.status === 'unregistered'
    ? { agencyId, registered: false }
    : {
        agencyId,
        registered: true,
        ...(state.succession && {
          succession: {
            successorId: state.succession.successorId,
            effectiveOn: state.succession.effectiveOn,
          },
        }),
      };
