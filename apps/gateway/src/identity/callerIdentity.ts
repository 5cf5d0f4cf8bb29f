import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { verifyToken, type Identity } from '@stx/subgraph-kit';
import { contactNumberFromCookie, type CookieKeys } from './contactCookie';
import { SESSION_COOKIE, readSession } from './session';

export interface GatewayContext {
  identity: Identity;
  /** SecuTix's own cookies, forwarded to the contacts subgraph only (display fields, cart) */
  stxCookies?: string;
}

export interface IdentityOptions {
  tokenSecret: string;
  /** SecuTix's contact cookie counts as identity only when these keys are configured */
  cookieKeys?: CookieKeys;
  /** the cookie's name, `stx_contact_<institution>_<channel>_v1` */
  contactCookieName: string;
}

/**
 * Who is calling, in order: a Bearer access token (mobile apps), the SSO session cookie
 * (browsers), SecuTix's contact cookie when its encryption and signature check out (websites on
 * SecuTix's domain). A token or session that is present but forged, altered or expired refuses
 * the whole request with 401, so a client never silently falls back to anonymous.
 */
export function callerIdentity(req: IncomingMessage, options: IdentityOptions, nowMs: number): GatewayContext {
  const clientIp = req.socket.remoteAddress ?? undefined;
  const cookies = parseCookies(req.headers.cookie);
  const stxCookies = [...cookies].filter(([name]) => name.startsWith('stx_') && name !== SESSION_COOKIE).map(([n, v]) => `${n}=${v}`).join('; ') || undefined;
  const auth = req.headers.authorization;
  if (auth) {
    const match = /^Bearer ([A-Za-z0-9._-]{10,2000})$/.exec(auth);
    const verified = match ? verifyToken(match[1], 'access', options.tokenSecret, nowMs) : undefined;
    if (!verified?.ok) throw unauthenticated(verified && !verified.ok && verified.reason === 'EXPIRED' ? 'The access token has expired; refresh it or log in again.' : 'The access token is not valid; log in again.');
    // an operator token names a back-office operator, never a contact: it reaches operator fields only
    if (verified.payload.role === 'operator') return { identity: { operator: verified.payload.sub, clientIp }, stxCookies };
    return { identity: { contactNumber: verified.payload.sub, clientIp }, stxCookies };
  }
  const session = cookies.get(SESSION_COOKIE);
  if (session) {
    const verified = readSession(session, options.tokenSecret, nowMs);
    if (verified === 'invalid') throw unauthenticated('The session is not valid or has expired; sign in again.');
    return { identity: { contactNumber: verified.contactNumber, clientIp }, stxCookies };
  }
  const contactCookie = cookies.get(options.contactCookieName);
  const fromCookie = contactCookie && options.cookieKeys ? contactNumberFromCookie(contactCookie, options.cookieKeys) : undefined;
  return { identity: { contactNumber: fromCookie, clientIp }, stxCookies };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', retryable: false, http: { status: 401 } } });
}

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}
