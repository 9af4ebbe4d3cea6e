import { assertNever } from '../shared';
import type { WebhookEvent } from './webhook.events';
import type { WebhookState } from './webhook.state';

export const evolveWebhook = (state: WebhookState, event: WebhookEvent): WebhookState => {
  switch (event.type) {
    case 'WebhookRegistered':
      return { status: 'active', failures: 0, ...event.data };
    case 'WebhookDisabled':
      return state.status === 'none' ? state : { ...state, status: 'disabled' };
    case 'WebhookDeliveryFailed':
      return state.status === 'none' ? state : { ...state, failures: state.failures + 1 };
    default:
      return assertNever(event);
  }
};
