import type { Event, LocalDate } from '../shared';

/**
 * Agencies (or admins for them) register endpoints to be told of what concerns them: a
 * recommendation issued to them, a reminder, a missed deadline, an assessment of their
 * response. Registrations, withdrawals and deliveries that finally failed are facts in the
 * log (stream `webhook-<id>`); the signing secret is not (it stays beside the log).
 */
export const WEBHOOK_EVENT_TYPES = [
  'RecommendationIssued',
  'ReminderIssued',
  'DeadlineMissed',
  'ResponseAssessed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export type WebhookRegistered = Event<
  'WebhookRegistered',
  {
    webhookId: string;
    url: string;
    /** Only this agency's cases; every case when absent (an admin's integration). */
    agencyId?: string;
    eventTypes: readonly WebhookEventType[];
    registeredOn: LocalDate;
  }
>;

export type WebhookDisabled = Event<
  'WebhookDisabled',
  { webhookId: string; reason: string; disabledOn: LocalDate }
>;

/** A delivery that exhausted its retries: what the agency did not get, and why. */
export type WebhookDeliveryFailed = Event<
  'WebhookDeliveryFailed',
  {
    webhookId: string;
    eventId: string;
    eventType: string;
    reason: string;
    attempts: number;
    failedAt: string;
  }
>;

export type WebhookEvent = WebhookRegistered | WebhookDisabled | WebhookDeliveryFailed;
