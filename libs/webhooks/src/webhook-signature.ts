import { createHmac } from 'node:crypto';

/**
 * `X-Hdnd-Signature: v1=<hex>` — HMAC-SHA256 with the webhook's secret over
 * "<X-Hdnd-Timestamp>.<body>", so a receiver can check both the sender and the freshness.
 */
export const signatureOf = (secret: string, timestamp: string, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
