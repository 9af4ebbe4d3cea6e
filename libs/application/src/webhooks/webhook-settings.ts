export interface WebhookSettings {
  /** Hosts exempt from the SSRF guard (WEBHOOK_ALLOW_HOSTS, comma-separated; tests only). */
  readonly allowHosts: readonly string[];
  /** Attempts before a delivery is given up and recorded as failed (default 8). */
  readonly maxAttempts: number;
  /** First retry delay; each next one doubles (default 2 s: 2, 4, 8 … ≈ 4 min in all). */
  readonly backoffMs: number;
  /** How often the courier looks for deliveries due (default 500 ms). */
  readonly pollMs: number;
  /** Per-request timeout (default 10 s). */
  readonly timeoutMs: number;
}

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
export const WEBHOOK_OUTBOX = Symbol('WEBHOOK_OUTBOX');

export const webhookSettingsFromEnv = (env = process.env): WebhookSettings => ({
  allowHosts: (env.WEBHOOK_ALLOW_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean),
  maxAttempts: 8,
  backoffMs: 2_000,
  pollMs: 500,
  timeoutMs: 10_000,
});
