import type { IncomingHttpHeaders } from 'node:http';
import { SignedJsonVerifier, signJson } from './signedJson';

export const IDENTITY_HEADER = 'x-stx-identity';

/** Who is calling, as the gateway verified it. `contactNumber` is absent for anonymous callers. */
export interface Identity {
  contactNumber?: string;
  /** a back-office operator's login (an operator token); an operator is never also a contact */
  operator?: string;
  /** the client's address as the gateway established it (TRUST_PROXY), never a subgraph's socket peer */
  clientIp?: string;
  /** the login session of a Bearer access token (what `logout` ends) */
  sessionId?: string;
  /**
   * a guest contact at checkout (guest token): never in `contactNumber`, so nothing that serves a
   * logged-in contact serves a guest; only the order fields that say so accept it, for open orders
   */
  guestContactNumber?: string;
}

interface IdentityClaims {
  c?: string;
  op?: string;
  ip?: string;
  s?: string;
  g?: string;
  exp: number;
}

/**
 * The gateway signs the verified identity into one header for each subgraph call, with a secret
 * only it and the subgraphs know, valid for a minute: a subgraph reached directly, or a header
 * made up by a client, gets no identity at all.
 */
export function signIdentity(identity: Identity, secret: string, nowMs: number): string {
  return signJson('stxid1', { c: identity.contactNumber, op: identity.operator, ip: identity.clientIp, s: identity.sessionId, g: identity.guestContactNumber, exp: Math.floor(nowMs / 1000) + 60 }, secret);
}

/** the gateway's headers seen by this process (one per caller for 30 s, see the gateway's IdentitySigner) */
const identityHeaders = new SignedJsonVerifier();

/** `undefined` when the header is missing; `'invalid'` when present but forged, altered or expired */
export function readIdentity(headers: IncomingHttpHeaders, secret: string, nowMs: number): Identity | undefined | 'invalid' {
  const raw = headers[IDENTITY_HEADER];
  if (raw === undefined) return undefined;
  const verified = identityHeaders.verify<IdentityClaims>('stxid1', Array.isArray(raw) ? raw[0] : raw, secret, nowMs);
  if (!verified.ok) return 'invalid';
  return {
    contactNumber: verified.payload.c,
    clientIp: verified.payload.ip,
    ...(verified.payload.op ? { operator: verified.payload.op } : {}),
    ...(verified.payload.s ? { sessionId: verified.payload.s } : {}),
    ...(verified.payload.g ? { guestContactNumber: verified.payload.g } : {}),
  };
}
