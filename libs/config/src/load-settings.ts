import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { Environment, ENVIRONMENT_VARIABLES } from './environment';
import { SettingsError } from './settings-error';
import type { Settings } from './settings';

type RawEnvironment = Readonly<Record<string, string | undefined>>;

/** The schema's variables as given, an empty value counting as unset, defaults for the rest. */
const withDefaults = (env: RawEnvironment): Record<string, string> =>
  Object.fromEntries(
    ENVIRONMENT_VARIABLES.flatMap(({ name, default: fallback }) => {
      const given = env[name];
      const value = given !== undefined && given !== '' ? given : fallback;
      return value === undefined ? [] : [[name, value]];
    }),
  );

/** "PORT must be a port number from 0 to 65535, not "abc"." — secrets are never repeated. */
const problemOf = (raw: Record<string, string>, error: ValidationError): string => {
  const variable = ENVIRONMENT_VARIABLES.find(({ name }) => name === error.property);
  const accepts = variable?.accepts ?? Object.values(error.constraints ?? {}).join('; ');
  const shown = variable?.secret ? '' : `, not "${raw[error.property]}"`;
  return `${error.property} must be ${accepts}${shown}.`;
};

/**
 * The environment validated against the schema and turned into typed settings. Every wrong
 * variable is named at once, so an operator fixes them in one pass. Pure apart from resolving
 * DATA_DIR against the working directory: tests pass their own record.
 */
export const loadSettings = (env: RawEnvironment): Settings => {
  const raw = withDefaults(env);
  const valid = plainToInstance(Environment, raw);
  const errors = validateSync(valid, { forbidUnknownValues: true });
  if (errors.length > 0)
    throw new SettingsError(
      ENVIRONMENT_VARIABLES.flatMap(({ name }) =>
        errors.filter((error) => error.property === name).map((error) => problemOf(raw, error)),
      ),
    );
  return {
    http: { port: valid.PORT, host: valid.HOST },
    store: {
      dataDir: resolve(valid.DATA_DIR),
      ...(valid.EVENTSTORE_URL !== undefined && { eventStoreUrl: valid.EVENTSTORE_URL }),
    },
    jobs: {
      ...(valid.REDIS_URL !== undefined && { redisUrl: valid.REDIS_URL }),
      workers: valid.WORKERS === 'on',
      ...(valid.QUEUE_PREFIX !== undefined && { queuePrefix: valid.QUEUE_PREFIX }),
    },
    access: {
      ...(valid.JWT_SECRET !== undefined && { secret: valid.JWT_SECRET }),
      tokenTtlSeconds: valid.ACCESS_TOKEN_TTL_SECONDS,
      loginAttemptsPerMinute: valid.LOGIN_ATTEMPTS_PER_MINUTE,
      requestsPerMinute: valid.RATE_LIMIT_PER_MINUTE,
      corsOrigins: valid.CORS_ORIGINS,
    },
    identity: {
      ...(valid.ADMIN_PASSWORD !== undefined && { adminPassword: valid.ADMIN_PASSWORD }),
    },
    followUp: {
      intervalMs: valid.FOLLOW_UP_INTERVAL_MINUTES * 60_000,
      settings: { reminderDays: valid.FOLLOW_UP_REMINDER_DAYS },
    },
    audit: {
      checkpointEveryMs: valid.AUDIT_CHECKPOINT_MINUTES * 60_000,
      ...(valid.AUDIT_SIGNING_KEY !== undefined && { signingKeyPem: valid.AUDIT_SIGNING_KEY }),
    },
    webhooks: { allowHosts: valid.WEBHOOK_ALLOW_HOSTS, allowCidrs: valid.WEBHOOK_ALLOW_CIDRS },
    notices: {
      ...(valid.SMTP_URL !== undefined && { smtpUrl: valid.SMTP_URL }),
      from: valid.NOTICE_FROM,
      consoleUrl: valid.CONSOLE_URL,
      digestHour: valid.NOTICE_DIGEST_HOUR,
    },
  };
};

/** The schema's defaults alone: what a module a test builds without an environment runs with. */
export const defaultSettings = (): Settings => loadSettings({});
