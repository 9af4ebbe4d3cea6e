import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings } from '@hdnd/config';

/** How access tokens are made and checked, and the limits that protect login and the API. */
export interface AuthSettings {
  /** HS256 key: JWT_SECRET (≥ 32 characters), else generated once and kept in DATA_DIR. */
  readonly secret: string;
  /** Access token lifetime (ACCESS_TOKEN_TTL_SECONDS, default 15 minutes). */
  readonly tokenTtlSeconds: number;
  /** Login attempts per username and address per minute before 429 (LOGIN_ATTEMPTS_PER_MINUTE). */
  readonly loginAttemptsPerMinute: number;
  /** Requests per client per minute before 429 (RATE_LIMIT_PER_MINUTE, default 6000; 0: no limit). */
  readonly requestsPerMinute: number;
  /** Origins allowed to call from a browser (CORS_ORIGINS, comma-separated); none by default. */
  readonly corsOrigins: readonly string[];
}

/** The one algorithm tokens are signed and accepted with; `alg: none` and others are refused. */
export const TOKEN_ALGORITHM = 'HS256';
export const TOKEN_ISSUER = 'hdnd';
export const TOKEN_AUDIENCE = 'hdnd-api';
export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

/** The signing key kept in the data directory, created on first start, readable by its owner only. */
const keptSecret = (dataDir: string): string => {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
};

/**
 * The settings tokens are made with: what the configuration (or a test) gave, the schema's
 * defaults for the rest, and the secret kept in DATA_DIR unless one was given.
 */
export const resolveAuthSettings = (
  dataDir: string,
  given: Partial<AuthSettings> = {},
): AuthSettings => ({
  ...defaultSettings().access,
  ...given,
  secret: given.secret ?? keptSecret(dataDir),
});
