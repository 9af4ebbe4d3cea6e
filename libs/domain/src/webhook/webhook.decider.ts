import type { Decider } from '../shared';
import type { WebhookCommand } from './webhook.commands';
import { decideWebhook } from './webhook.decide';
import type { WebhookEvent } from './webhook.events';
import { evolveWebhook } from './webhook.evolve';
import { initialWebhookState, type WebhookState } from './webhook.state';

export const webhookDecider: Decider<WebhookCommand, WebhookEvent, WebhookState> = {
  decide: decideWebhook,
  evolve: evolveWebhook,
  initialState: initialWebhookState,
};
