import { generateKeyPairSync } from 'node:crypto';
import { resolve } from 'node:path';
import { DEFAULT_REMINDER_DAYS } from '@hdnd/domain';
import { loadSettings } from './load-settings';
import { SettingsError } from './settings-error';

/** The lines of the refusal, or "accepted". */
const refusal = (env: Record<string, string>): readonly string[] | 'accepted' => {
  try {
    loadSettings(env);
    return 'accepted';
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
};

const pem = (type: 'ed25519' | 'ed448') =>
  generateKeyPairSync(type as 'ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();

describe('loadSettings', () => {
  it('gives every default the README and .env.example promise when nothing is set', () => {
    expect(loadSettings({})).toEqual({
      http: { port: 3000, host: '127.0.0.1' },
      store: { dataDir: resolve('./data') },
      jobs: { workers: true },
      access: {
        tokenTtlSeconds: 900,
        loginAttemptsPerMinute: 5,
        requestsPerMinute: 6000,
        corsOrigins: [],
      },
      identity: {},
      followUp: { intervalMs: 3_600_000, settings: { reminderDays: [15, 7, 3] } },
      audit: { checkpointEveryMs: 3_600_000 },
      webhooks: { allowHosts: [], allowCidrs: [] },
      notices: {
        from: 'HĐND <no-reply@localhost>',
        consoleUrl: 'http://localhost:3000',
        digestHour: 7,
      },
    });
  });

  it("documents the sweep's default reminder days the domain applies", () => {
    expect(loadSettings({}).followUp.settings.reminderDays).toEqual(DEFAULT_REMINDER_DAYS);
  });

  it('takes an empty value as unset: the default applies', () => {
    expect(loadSettings({ PORT: '', WORKERS: '', JWT_SECRET: '' })).toEqual(loadSettings({}));
  });

  it('turns what is set into typed settings', () => {
    const key = pem('ed25519');
    const settings = loadSettings({
      DATA_DIR: '/srv/hdnd',
      PORT: '8080',
      HOST: '0.0.0.0',
      ADMIN_PASSWORD: 'mat-khau-quan-tri',
      JWT_SECRET: 'x'.repeat(32),
      ACCESS_TOKEN_TTL_SECONDS: '600',
      LOGIN_ATTEMPTS_PER_MINUTE: '3',
      RATE_LIMIT_PER_MINUTE: '0',
      CORS_ORIGINS: 'https://hdnd.tayninh.gov.vn, http://localhost:5173',
      EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
      REDIS_URL: 'redis://localhost:6379',
      WORKERS: 'off',
      QUEUE_PREFIX: 'hdnd-tay-ninh',
      FOLLOW_UP_INTERVAL_MINUTES: '0.5',
      FOLLOW_UP_REMINDER_DAYS: '10, 5,1',
      AUDIT_CHECKPOINT_MINUTES: '0',
      AUDIT_SIGNING_KEY: key,
      WEBHOOK_ALLOW_CIDRS: '10.0.0.0/8, fd00::/8',
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1,localhost',
      SMTP_URL: 'smtp://giamsat:mat-khau@mail.tayninh.gov.vn:587',
      NOTICE_FROM: 'HĐND tỉnh <giamsat@tayninh.gov.vn>',
      CONSOLE_URL: 'https://giamsat.tayninh.gov.vn',
      NOTICE_DIGEST_HOUR: '6',
    });
    expect(settings).toEqual({
      http: { port: 8080, host: '0.0.0.0' },
      store: { dataDir: '/srv/hdnd', eventStoreUrl: 'esdb://localhost:2113?tls=false' },
      jobs: { redisUrl: 'redis://localhost:6379', workers: false, queuePrefix: 'hdnd-tay-ninh' },
      access: {
        secret: 'x'.repeat(32),
        tokenTtlSeconds: 600,
        loginAttemptsPerMinute: 3,
        requestsPerMinute: 0,
        corsOrigins: ['https://hdnd.tayninh.gov.vn', 'http://localhost:5173'],
      },
      identity: { adminPassword: 'mat-khau-quan-tri' },
      followUp: { intervalMs: 30_000, settings: { reminderDays: [10, 5, 1] } },
      audit: { checkpointEveryMs: 0, signingKeyPem: key },
      webhooks: { allowHosts: ['127.0.0.1', 'localhost'], allowCidrs: ['10.0.0.0/8', 'fd00::/8'] },
      notices: {
        smtpUrl: 'smtp://giamsat:mat-khau@mail.tayninh.gov.vn:587',
        from: 'HĐND tỉnh <giamsat@tayninh.gov.vn>',
        consoleUrl: 'https://giamsat.tayninh.gov.vn',
        digestHour: 6,
      },
    });
  });

  it('refuses an SMTP_URL that is not smtp(s)://, without repeating it (it may hold a password)', () => {
    expect(() => loadSettings({ SMTP_URL: 'http://user:secret@mail' })).toThrow(/SMTP_URL must be/);
    expect(() => loadSettings({ SMTP_URL: 'http://user:secret@mail' })).not.toThrow(/secret/);
  });

  it('takes QUEUE_PREFIX as the queues’ Redis key prefix, and none when unset', () => {
    expect(loadSettings({ QUEUE_PREFIX: 'hdnd-da-nang' }).jobs.queuePrefix).toBe('hdnd-da-nang');
    expect(loadSettings({}).jobs).not.toHaveProperty('queuePrefix');
  });

  it.each(['a b', 'bull:*', 'x'.repeat(65)])('refuses QUEUE_PREFIX "%s" at start', (prefix) => {
    expect(() => loadSettings({ QUEUE_PREFIX: prefix })).toThrow(/QUEUE_PREFIX must be/);
  });

  it.each(['10.0.0.0', '10.0.0.0/33', 'intranet/8', '::/129'])(
    'refuses to start with WEBHOOK_ALLOW_CIDRS "%s"',
    (cidr) => {
      expect(() => loadSettings({ WEBHOOK_ALLOW_CIDRS: cidr })).toThrow(/WEBHOOK_ALLOW_CIDRS/);
    },
  );

  it('names every wrong variable at once, with what it accepts and the value it was given', () => {
    expect(
      refusal({
        PORT: 'abc',
        WORKERS: 'no',
        FOLLOW_UP_REMINDER_DAYS: '15,bảy,3',
        RATE_LIMIT_PER_MINUTE: '-1',
        REDIS_URL: 'localhost:6379',
      }),
    ).toEqual([
      'PORT must be a port number from 0 to 65535, not "abc".',
      'RATE_LIMIT_PER_MINUTE must be a whole number (0: no limit), not "-1".',
      'REDIS_URL must be a redis:// or rediss:// URL, such as redis://localhost:6379, not "localhost:6379".',
      'WORKERS must be "on" or "off", not "no".',
      'FOLLOW_UP_REMINDER_DAYS must be comma-separated whole numbers of working days, such as 15,7,3, not "15,bảy,3".',
    ]);
  });

  it.each([
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['HOST', 'my host'],
    ['ACCESS_TOKEN_TTL_SECONDS', '0'],
    ['LOGIN_ATTEMPTS_PER_MINUTE', 'năm'],
    ['CORS_ORIGINS', 'hdnd.tayninh.gov.vn'],
    ['EVENTSTORE_URL', 'http://localhost:2113'],
    ['FOLLOW_UP_INTERVAL_MINUTES', '-5'],
    ['FOLLOW_UP_INTERVAL_MINUTES', 'Infinity'],
    ['AUDIT_CHECKPOINT_MINUTES', 'hourly'],
  ])('refuses %s="%s"', (name, value) => {
    expect(refusal({ [name]: value })).toEqual([
      expect.stringMatching(new RegExp(`^${name} must be `)),
    ]);
  });

  it('refuses a short JWT_SECRET or a key that is not Ed25519, without repeating either', () => {
    const ed448 = pem('ed448');
    const problems = refusal({ JWT_SECRET: 'ngan-qua', AUDIT_SIGNING_KEY: ed448 });
    expect(problems).toEqual([
      'JWT_SECRET must be at least 32 characters.',
      'AUDIT_SIGNING_KEY must be an Ed25519 private key in PKCS#8 PEM.',
    ]);
    expect(refusal({ AUDIT_SIGNING_KEY: 'not a key' })).toEqual([
      'AUDIT_SIGNING_KEY must be an Ed25519 private key in PKCS#8 PEM.',
    ]);
  });

  it('says where every variable is described, in the message an operator reads', () => {
    expect(() => loadSettings({ PORT: 'abc' })).toThrow(
      'The configuration is refused (every variable is described in .env.example):\n  PORT must be',
    );
  });
});
