import { checkTarget, WebhookTargetRefused } from './target-guard';
import { defaultWebhookSettings } from './webhook-settings';

/**
 * The guard's decision only: every URL here is an IP literal, so nothing is resolved and no
 * request is sent anywhere.
 */
describe('the webhook target guard', () => {
  const refused = (url: string, allowCidrs: readonly string[] = []) =>
    checkTarget(url, { ...defaultWebhookSettings, allowCidrs }).then(
      () => 'allowed',
      (error: unknown) => (error instanceof WebhookTargetRefused ? 'refused' : String(error)),
    );

  it('refuses intranet and loopback addresses by default', async () => {
    for (const url of [
      'http://10.1.2.3/hook',
      'http://192.168.1.10/hook',
      'http://127.0.0.1:8080/hook',
      'http://[fd00::1]/hook',
      'http://[::ffff:10.1.2.3]/hook',
    ])
      expect([url, await refused(url)]).toEqual([url, 'refused']);
  });

  it('allows an intranet address inside a network the operator allowed (WEBHOOK_ALLOW_CIDRS)', async () => {
    const allowed = ['10.0.0.0/8', 'fd00::/8'];
    expect(await refused('http://10.1.2.3/hook', allowed)).toBe('allowed');
    expect(await refused('http://[::ffff:10.1.2.3]/hook', allowed)).toBe('allowed');
    expect(await refused('http://[fd00::1]/hook', allowed)).toBe('allowed');
  });

  it('still refuses what lies outside the allowed networks', async () => {
    const allowed = ['10.0.0.0/8'];
    expect(await refused('http://192.168.1.10/hook', allowed)).toBe('refused');
    expect(await refused('http://127.0.0.1/hook', allowed)).toBe('refused');
    expect(await refused('http://11.0.0.1/hook', allowed)).toBe('allowed');
  });
});
