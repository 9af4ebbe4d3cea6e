import { assertNever, ensure, ensureShape, hasText, type Decider, type LocalDate } from '../shared';
import { WEBHOOK_SHAPES } from './webhook.shapes';

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

export type WebhookRegistered = Readonly<{
  type: 'WebhookRegistered';
  data: Readonly<{
    webhookId: string;
    url: string;
    /** Only this agency's cases; every case when absent (an admin's integration). */
    agencyId?: string;
    eventTypes: readonly WebhookEventType[];
    registeredOn: LocalDate;
  }>;
}>;

export type WebhookDisabled = Readonly<{
  type: 'WebhookDisabled';
  data: Readonly<{ webhookId: string; reason: string; disabledOn: LocalDate }>;
}>;

/** A delivery that exhausted its retries: what the agency did not get, and why. */
export type WebhookDeliveryFailed = Readonly<{
  type: 'WebhookDeliveryFailed';
  data: Readonly<{
    webhookId: string;
    eventId: string;
    eventType: string;
    reason: string;
    attempts: number;
    failedAt: string;
  }>;
}>;

export type WebhookEvent = WebhookRegistered | WebhookDisabled | WebhookDeliveryFailed;

export type WebhookCommand =
  | Readonly<{ type: 'RegisterWebhook'; data: WebhookRegistered['data'] }>
  | Readonly<{ type: 'DisableWebhook'; data: WebhookDisabled['data'] }>
  | Readonly<{ type: 'RecordDeliveryFailure'; data: WebhookDeliveryFailed['data'] }>;

export type WebhookState =
  | Readonly<{ status: 'none' }>
  | (Readonly<{ status: 'active' | 'disabled'; failures: number }> & WebhookRegistered['data']);

/** http(s), a host, no credentials in the URL (they would travel in every log line). */
const isAcceptableUrl = (text: string): boolean => {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    !url.username &&
    !url.password
  );
};

export const webhookDecider: Decider<WebhookCommand, WebhookEvent, WebhookState> = {
  initialState: { status: 'none' },
  decide: (command, state) => {
    const { subject, shape } = WEBHOOK_SHAPES[command.type];
    ensureShape(command.data, shape, subject);
    switch (command.type) {
      case 'RegisterWebhook': {
        const { url, eventTypes } = command.data;
        ensure(state.status === 'none', 'webhook.already-registered', 'This webhook exists.');
        ensure(
          isAcceptableUrl(url),
          'webhook.url-invalid',
          'A webhook URL is http(s), with a host and no credentials.',
        );
        ensure(eventTypes.length > 0, 'webhook.no-events', 'Say which events to deliver.');
        ensure(
          eventTypes.every((t) => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t)),
          'webhook.event-unknown',
          `Deliverable events: ${WEBHOOK_EVENT_TYPES.join(', ')}.`,
        );
        return [
          {
            type: 'WebhookRegistered',
            data: { ...command.data, eventTypes: [...new Set(eventTypes)] },
          },
        ];
      }
      case 'DisableWebhook':
        ensure(state.status !== 'none', 'webhook.not-registered', 'There is no such webhook.');
        ensure(
          state.status === 'active',
          'webhook.already-disabled',
          'This webhook is already disabled.',
        );
        ensure(hasText(command.data.reason), 'webhook.reason-required', 'Say why it is disabled.');
        return [{ type: 'WebhookDisabled', data: command.data }];
      case 'RecordDeliveryFailure':
        ensure(state.status !== 'none', 'webhook.not-registered', 'There is no such webhook.');
        return [{ type: 'WebhookDeliveryFailed', data: command.data }];
      default:
        return assertNever(command);
    }
  },
  evolve: (state, event) => {
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
  },
};
