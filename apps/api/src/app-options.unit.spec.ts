import { loadSettings } from '@hdnd/config';
import { appOptionsFrom } from './app-options';

describe('appOptionsFrom: the api as npm start configures it', () => {
  it('opens admin with ADMIN_PASSWORD when set, and says where it came from', () => {
    expect(
      appOptionsFrom(loadSettings({ ADMIN_PASSWORD: 'mat-khau-quan-tri' })).firstAdmin,
    ).toEqual({ password: 'mat-khau-quan-tri', from: 'ADMIN_PASSWORD' });
    expect(appOptionsFrom(loadSettings({})).firstAdmin).toBe('generate');
  });

  it('hands each module its part of the configuration', () => {
    const options = appOptionsFrom(
      loadSettings({
        DATA_DIR: '/srv/hdnd',
        EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
        REDIS_URL: 'redis://localhost:6379',
        WORKERS: 'off',
        QUEUE_PREFIX: 'hdnd-tay-ninh',
        FOLLOW_UP_INTERVAL_MINUTES: '0',
        AUDIT_CHECKPOINT_MINUTES: '30',
        RATE_LIMIT_PER_MINUTE: '0',
        WEBHOOK_ALLOW_HOSTS: 'localhost',
      }),
    );
    expect(options).toMatchObject({
      dataDir: '/srv/hdnd',
      eventStoreUrl: 'esdb://localhost:2113?tls=false',
      redisUrl: 'redis://localhost:6379',
      workers: false,
      jobsPrefix: 'hdnd-tay-ninh',
      followUp: { intervalMs: 0, settings: { reminderDays: [15, 7, 3] } },
      checkpointEveryMs: 1_800_000,
      auth: { requestsPerMinute: 0 },
      webhooks: { allowHosts: ['localhost'], allowCidrs: [] },
    });
    expect(options).not.toHaveProperty('signingKeyPem');
    expect(options.auth).not.toHaveProperty('secret');
  });
});
