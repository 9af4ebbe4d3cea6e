import { assertNever, ensure, ensureShape, hasText } from '../shared';
import type { WebhookCommand } from './webhook.commands';
import { WEBHOOK_EVENT_TYPES, type WebhookEvent } from './webhook.events';
import { WEBHOOK_SHAPES } from './webhook.shapes';
import type { WebhookState } from './webhook.state';

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

export const decideWebhook = (command: WebhookCommand, state: WebhookState): WebhookEvent[] => {
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
};
