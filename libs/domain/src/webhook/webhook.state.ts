import type { WebhookRegistered } from './webhook.events';

export type WebhookState =
  | Readonly<{ status: 'none' }>
  | (Readonly<{ status: 'active' | 'disabled'; failures: number }> & WebhookRegistered['data']);

export const initialWebhookState: WebhookState = { status: 'none' };
