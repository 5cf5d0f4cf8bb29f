import { signJson, verifyJson } from '@stx/identity';

export const SESSION_COOKIE = 'stx_gw_session';

/**
 * The browser session after SAML single sign-on: a signed, expiring envelope in an HttpOnly,
 * Secure, SameSite=Lax cookie. Stateless, so every gateway instance accepts it.
 */
export function sessionCookie(contactNumber: string, secret: string, nowMs: number, seconds: number): string {
  const value = signJson('stxs1', { sub: contactNumber, exp: Math.floor(nowMs / 1000) + seconds }, secret);
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${seconds}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`;
}

export function readSession(value: string, secret: string, nowMs: number): { contactNumber: string } | 'invalid' {
  const verified = verifyJson<{ sub: string; exp: number }>('stxs1', value, secret, nowMs);
  return verified.ok && typeof verified.payload.sub === 'string' ? { contactNumber: verified.payload.sub } : 'invalid';
}
