import { isIP } from 'node:net';

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

const listOf = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** "address/bits" with a real IPv4 or IPv6 address and a prefix length that fits it. */
const isCidr = (cidr: string): boolean => {
  const [address = '', bits = '', ...rest] = cidr.split('/');
  const version = isIP(address);
  const max = version === 4 ? 32 : 128;
  return rest.length === 0 && version !== 0 && /^\d{1,3}$/.test(bits) && Number(bits) <= max;
};

export const webhookSettingsFromEnv = (env = process.env): WebhookSettings => {
  const allowCidrs = listOf(env.WEBHOOK_ALLOW_CIDRS);
  const wrong = allowCidrs.filter((cidr) => !isCidr(cidr));
  // Said at start: a typo here would otherwise surface as refused deliveries much later.
  if (wrong.length > 0)
    throw new Error(
      `WEBHOOK_ALLOW_CIDRS must be networks such as 10.0.0.0/8 or fd00::/8, not "${wrong.join(', ')}".`,
    );
  return {
    allowHosts: listOf(env.WEBHOOK_ALLOW_HOSTS),
    allowCidrs,
    maxAttempts: 8,
    backoffMs: 2_000,
    pollMs: 500,
    timeoutMs: 10_000,
  };
};
