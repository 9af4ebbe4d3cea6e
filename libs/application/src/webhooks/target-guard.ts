import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Where a webhook may not point: this machine, private networks, link-local, multicast. */
const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  FORBIDDEN.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  FORBIDDEN.addSubnet(net, prefix, 'ipv6');

/** A target the service refuses to call (SSRF): said at registration and at every delivery. */
export class WebhookTargetRefused extends Error {
  override readonly name = 'WebhookTargetRefused';
  readonly code = 'webhook.target-refused';
}

const forbidden = (address: string): boolean => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return forbidden(mapped);
  return FORBIDDEN.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
};

/**
 * Resolves the URL's host and refuses it if any address it resolves to is internal — unless the
 * host is on the allow-list (WEBHOOK_ALLOW_HOSTS; tests put their loopback receiver there).
 */
export const checkTarget = async (url: string, allowHosts: readonly string[]): Promise<void> => {
  const { hostname } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '');
  if (allowHosts.includes(host)) return;
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new WebhookTargetRefused(`The host ${host} does not resolve.`);
  const inside = addresses.find(forbidden);
  if (inside)
    throw new WebhookTargetRefused(`The host ${host} resolves to ${inside}, an internal address.`);
};
