import { given } from '@hdnd/testing';
import { webhookDecider, type WebhookEvent } from '.';

const register = (over = {}) => ({
  type: 'RegisterWebhook' as const,
  data: {
    webhookId: 'wh-1',
    url: 'https://tiepnhan.tayninh.gov.vn/hdnd',
    agencyId: 'ubnd-tinh-tay-ninh',
    eventTypes: ['RecommendationIssued', 'DeadlineMissed'] as const,
    registeredOn: '2024-05-01',
    ...over,
  },
});
const registered: WebhookEvent = { type: 'WebhookRegistered', data: register().data };

describe('Webhooks', () => {
  it('registers an endpoint for an agency’s events', () => {
    expect(given(webhookDecider, []).when(register())).toEqual([registered]);
  });

  it.each([
    ['ftp://tayninh.gov.vn/x', 'webhook.url-invalid'],
    ['https://user:pw@tayninh.gov.vn/x', 'webhook.url-invalid'],
    ['not a url', 'webhook.url-invalid'],
  ])('refuses the URL %s', (url, code) => {
    expect(given(webhookDecider, []).rejects(register({ url }))).toBe(code);
  });

  it('refuses no events, unknown events, and a second registration', () => {
    expect(given(webhookDecider, []).rejects(register({ eventTypes: [] }))).toBe(
      'webhook.no-events',
    );
    expect(given(webhookDecider, []).rejects(register({ eventTypes: ['UserRegistered'] }))).toBe(
      'webhook.event-unknown',
    );
    expect(given(webhookDecider, [registered]).rejects(register())).toBe(
      'webhook.already-registered',
    );
  });

  it('disables with a reason, once; records final delivery failures', () => {
    const disable = {
      type: 'DisableWebhook' as const,
      data: { webhookId: 'wh-1', reason: 'Đổi hệ thống', disabledOn: '2024-06-01' },
    };
    const disabled = given(webhookDecider, [registered]).when(disable);
    expect(given(webhookDecider, [registered, ...disabled]).state()).toMatchObject({
      status: 'disabled',
    });
    expect(given(webhookDecider, [registered, ...disabled]).rejects(disable)).toBe(
      'webhook.already-disabled',
    );
    expect(given(webhookDecider, []).rejects(disable)).toBe('webhook.not-registered');
    expect(
      given(webhookDecider, [registered]).rejects({
        ...disable,
        data: { ...disable.data, reason: '' },
      }),
    ).toBe('webhook.reason-required');
    const failure = {
      type: 'RecordDeliveryFailure' as const,
      data: {
        webhookId: 'wh-1',
        eventId: 'e-1',
        eventType: 'DeadlineMissed',
        reason: 'HTTP 500',
        attempts: 5,
        failedAt: '2024-06-02T01:00:00.000Z',
      },
    };
    const failed = given(webhookDecider, [registered]).when(failure);
    expect(given(webhookDecider, [registered, ...failed]).state()).toMatchObject({ failures: 1 });
    expect(given(webhookDecider, []).rejects(failure)).toBe('webhook.not-registered');
  });
});
