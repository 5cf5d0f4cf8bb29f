import { randomUUID } from 'node:crypto';
import { signJson, verifyJson } from '@stx/identity';

export const SESSION_COOKIE = 'stx_gw_session';

/** what a session cookie proves: whose it is, and which login session (for revocation) since when */
export interface BrowserSession {
  contactNumber: string;
  /** the login session, as an access token's `sid`: what `logout` and `/auth/logout` end */
  sid: string;
  /** when it was opened (ms), for `logoutEverywhere` and password changes, which end sessions opened before them */
  iat: number;
}

/**
 * The browser session after SAML single sign-on: a signed, expiring envelope in an HttpOnly,
 * Secure, SameSite=Lax cookie, naming a login session of its own. The signature makes every
 * gateway instance accept it; the session's revocation state, in the coordination store as for
 * access tokens, lets logout, logoutEverywhere and a password change end it before it expires.
 */
export function sessionCookie(contactNumber: string, secret: string, nowMs: number, seconds: number): string {
  const value = signJson('stxs1', { sub: contactNumber, sid: randomUUID(), iat: nowMs, exp: Math.floor(nowMs / 1000) + seconds }, secret);
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${seconds}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`;
}

/** the cookie's session when its signature and lifetime check out (revocation is the caller's to check) */
export function readSession(value: string, secret: string, nowMs: number): BrowserSession | 'invalid' {
  const verified = verifyJson<{ sub: unknown; sid: unknown; iat: unknown; exp: number }>('stxs1', value, secret, nowMs);
  if (!verified.ok) return 'invalid';
  const { sub, sid, iat } = verified.payload;
  return typeof sub === 'string' && typeof sid === 'string' && typeof iat === 'number' && Number.isFinite(iat) ? { contactNumber: sub, sid, iat } : 'invalid';
}
