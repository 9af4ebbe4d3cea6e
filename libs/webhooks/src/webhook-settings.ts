export interface WebhookSettings {
  /** Hosts exempt from the SSRF guard (WEBHOOK_ALLOW_HOSTS, comma-separated; tests only). */
  readonly allowHosts: readonly string[];
  /**
   * Networks an operator opened to webhooks although internal (WEBHOOK_ALLOW_CIDRS, e.g.
   * "10.0.0.0/8"): an intranet receiver. None by default.
   */
  readonly allowCidrs: readonly string[];
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

/**
 * Delivery as a deployment runs it unless told otherwise; the operator's allowances
 * (WEBHOOK_ALLOW_HOSTS, WEBHOOK_ALLOW_CIDRS) are validated with the rest of the configuration.
 */
export const defaultWebhookSettings: WebhookSettings = {
  allowHosts: [],
  allowCidrs: [],
  maxAttempts: 8,
  backoffMs: 2_000,
  pollMs: 500,
  timeoutMs: 10_000,
};
