import { isIP } from 'node:net';
import type { Identity } from './identityHeader';

/**
 * Who a request is made for, as the bounds on one caller count it: a contact, an operator, a
 * guest together with the client's network (anyone may create guests, a few an hour per address:
 * each guest's count is also its address's, so new guests do not bring new shares), or else the
 * client's network. The one definition for every per-caller count; each key given must have room.
 */
export function callerKeys(identity: Identity): string[] {
  const network = identity.clientIp === undefined ? [] : [`net:${networkOf(identity.clientIp)}`];
  if (identity.contactNumber) return [`contact:${identity.contactNumber}`];
  if (identity.operator) return [`operator:${identity.operator}`];
  if (identity.guestContactNumber) return [`guest:${identity.guestContactNumber}`, ...network];
  return network;
}

/**
 * The network an address stands for in a count: an IPv4 address itself, an IPv6 address's /64
 * (one subscriber's prefix: an IPv6 client holds billions of addresses in it and could rotate
 * through them, each one counted afresh).
 */
export function networkOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // an embedded IPv4 tail (::ffff:1.2.3.4 and the like) is two groups, and beyond the /64 anyway
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
