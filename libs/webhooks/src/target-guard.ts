import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { WebhookSettings } from './webhook-settings';

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

/** IPv4-mapped IPv6 (::ffff:10.1.2.3) is the IPv4 address it carries. */
const plain = (address: string): string =>
  /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;

const inside = (list: BlockList, address: string): boolean =>
  list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** The networks an operator allowed (WEBHOOK_ALLOW_CIDRS), checked when settings were read. */
const allowedNetworks = (cidrs: readonly string[]): BlockList => {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [net = '', bits = ''] = cidr.split('/');
    list.addSubnet(net, Number(bits), isIP(net) === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
};

/**
 * Resolves the URL's host and refuses it if any address it resolves to is internal — unless the
 * host is on the allow-list (WEBHOOK_ALLOW_HOSTS; tests put their loopback receiver there) or
 * the address lies in a network the operator opened explicitly (WEBHOOK_ALLOW_CIDRS, for an
 * intranet receiver). Nothing is opened by default.
 */
export const checkTarget = async (
  url: string,
  settings: Pick<WebhookSettings, 'allowHosts'> & Partial<Pick<WebhookSettings, 'allowCidrs'>>,
): Promise<void> => {
  const { hostname, protocol } = new URL(url);
  // Deliveries are HTTP POSTs: another scheme has no host to check, and was told it did not resolve.
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new WebhookTargetRefused('The URL must be http or https.');
  const host = hostname.replace(/^\[|\]$/g, '');
  if (settings.allowHosts.includes(host)) return;
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new WebhookTargetRefused(`The host ${host} does not resolve.`);
  const allowed = allowedNetworks(settings.allowCidrs ?? []);
  const internal = addresses
    .map(plain)
    .find((address) => inside(FORBIDDEN, address) && !inside(allowed, address));
  if (internal)
    throw new WebhookTargetRefused(
      `The host ${host} resolves to ${internal}, an internal address.`,
    );
};
