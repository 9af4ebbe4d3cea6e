import { assertNever } from '../shared';
import type { UserEvent } from './user.events';
import type { UserState } from './user.state';

export const evolveUser = (state: UserState, event: UserEvent): UserState => {
  switch (event.type) {
    case 'UserRegistered':
      return { status: 'active', ...event.data };
    case 'RoleGranted': {
      if (state.status === 'none') return state;
      const { status, userId, username, displayName, notices } = state;
      const { role, agencyId, delegationIds } = event.data;
      return {
        status,
        userId,
        username,
        displayName,
        ...(notices !== undefined && { notices }),
        role,
        ...(agencyId !== undefined && { agencyId }),
        ...(delegationIds !== undefined && { delegationIds }),
      };
    }
    case 'PasswordReset':
      return state;
    case 'UserDisabled':
      return state.status === 'none' ? state : { ...state, status: 'disabled' };
    case 'UserEnabled':
      return state.status === 'none' ? state : { ...state, status: 'active' };
    case 'NoticesChosen': {
      if (state.status === 'none') return state;
      const { email, reminders, missedDeadlines } = event.data;
      return {
        ...state,
        notices: { ...(email !== undefined && { email }), reminders, missedDeadlines },
      };
    }
    default:
      return assertNever(event);
  }
};
