import { date, integer, listOf, optional, string, type Shape } from '../shared/data-shape';
import type { WebhookCommand } from './webhook.commands';

/** The fields each webhook command must carry; every code starts with `webhook.`. */
export const WEBHOOK_SHAPES: Readonly<
  Record<WebhookCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  RegisterWebhook: {
    subject: 'webhook',
    shape: {
      webhookId: string(),
      url: string(),
      agencyId: optional(string()),
      eventTypes: listOf(string()),
      registeredOn: date(),
    },
  },
  DisableWebhook: {
    subject: 'webhook',
    shape: { webhookId: string(), reason: string(), disabledOn: date() },
  },
  RecordDeliveryFailure: {
    subject: 'webhook',
    shape: {
      webhookId: string(),
      eventId: string(),
      eventType: string(),
      reason: string(),
      attempts: integer(),
      failedAt: string(),
    },
  },
};
