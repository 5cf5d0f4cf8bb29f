import { BlockList, isIP } from 'node:net';
import { ConfigError, readOptional, type Env } from '@stx/env';

/**
 * Which hops in front of the gateway may be believed when they report the client's address in
 * `X-Forwarded-For`: nobody (the socket's peer is the client), the last `hops` proxies, or
 * proxies whose own address is in a list of CIDR ranges.
 */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'cidrs'; list: BlockList; text: string };

/**
 * The caller's address: the socket's peer unless trusted proxies stand between. Walking
 * `X-Forwarded-For` from the right, each address reported by a trusted hop is taken, and the walk
 * stops at the first untrusted one, so a client cannot put a made-up address in front of ours.
 * An entry that is not an IP address ends the walk at the last address we could trust.
 */
export function clientAddress(remoteAddress: string | undefined, xForwardedFor: string | string[] | undefined, trustProxy: TrustProxy): string | undefined {
  const peer = remoteAddress && normalize(remoteAddress);
  if (trustProxy.kind === 'none' || !peer) return peer;
  const forwarded = (Array.isArray(xForwardedFor) ? xForwardedFor.join(',') : xForwardedFor ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  let current = peer;
  for (let hop = 1; forwarded.length > 0; hop++) {
    if (!trusts(trustProxy, current, hop)) break;
    const reported = normalize(forwarded.pop() as string);
    if (!isIP(reported)) break;
    current = reported;
  }
  return current;
}

/** `hop` counts from the gateway: the socket's peer is hop 1 */
function trusts(trustProxy: TrustProxy, address: string, hop: number): boolean {
  if (trustProxy.kind === 'hops') return hop <= trustProxy.hops;
  if (trustProxy.kind === 'cidrs') return trustProxy.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return false;
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is 10.0.0.1; `[::1]:port` and `1.2.3.4:port` lose the port */
function normalize(address: string): string {
  let a = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a;
}

/**
 * `TRUST_PROXY`: unset, `0` or `false` trusts nobody (the default); a whole number 1-10 trusts that
 * many proxy hops; otherwise a comma-separated list of addresses or CIDR ranges
 * (`10.0.0.0/8, 192.168.1.7, fd00::/8`). Anything else stops the process.
 */
export function readTrustProxy(env: Env, name = 'TRUST_PROXY'): TrustProxy {
  const raw = readOptional(env, name)?.trim();
  if (raw === undefined || raw === '0' || raw === 'false') return { kind: 'none' };
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError(name, `must be a hop count from 0 to 10 or a list of CIDR ranges, got "${raw}"`);
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of raw.split(',').map((e) => e.trim())) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!family || extra !== undefined || !(prefix >= 0 && prefix <= (family === 6 ? 128 : 32))) {
      throw new ConfigError(name, `must be a hop count or a comma-separated list of IP addresses or CIDR ranges, got "${entry}"`);
    }
    list.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { kind: 'cidrs', list, text: raw };
}
