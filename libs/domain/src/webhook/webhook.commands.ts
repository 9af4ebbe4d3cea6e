import type { Command } from '../shared';
import type { WebhookDeliveryFailed, WebhookDisabled, WebhookRegistered } from './webhook.events';

// Each command's data is exactly what its event records: the event's type is the one source.
export type RegisterWebhook = Command<'RegisterWebhook', WebhookRegistered['data']>;
export type DisableWebhook = Command<'DisableWebhook', WebhookDisabled['data']>;
export type RecordDeliveryFailure = Command<'RecordDeliveryFailure', WebhookDeliveryFailed['data']>;

export type WebhookCommand = RegisterWebhook | DisableWebhook | RecordDeliveryFailure;
