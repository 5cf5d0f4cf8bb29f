import { randomUUID } from 'node:crypto';
import { SignedJsonVerifier, signJson, type Verified } from './signedJson';

export interface TokenClaims {
  /** the SecuTix contact number */
  sub: string;
  typ: 'access' | 'refresh';
  /**
   * `operator`: a back-office operator (sub is the operator's login), never a contact; `guest`: a
   * guest contact at checkout (sub is its number), reaching only its own open orders
   */
  role?: 'operator' | 'guest';
  exp: number;
  jti: string;
  /** the session (token family): one login on one device, kept through every refresh */
  sid: string;
  /** issued at, in milliseconds: revoking a contact's sessions ends every token issued before */
  iat: number;
  /** refresh tokens: how many times the family was refreshed; each generation is redeemable once */
  gen: number;
}

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;
/** a guest checkout: longer than an order's 15-minute hold, far shorter than a login */
export const GUEST_TOKEN_SECONDS = 30 * 60;

export interface Session {
  sid: string;
  gen: number;
}

/** A login starts a session (a token family) at generation 0. */
export const newSession = (): Session => ({ sid: randomUUID(), gen: 0 });

/**
 * Short-lived access tokens for mobile apps and operators, and refresh tokens to get new ones,
 * both bound to one session (a new one unless given: what `logout` and revocations end).
 */
export function issueToken(subject: string, typ: TokenClaims['typ'], secret: string, nowMs: number, options: { session?: Session; role?: TokenClaims['role'] } = {}): { token: string; expiresAt: Date } {
  const seconds = typ === 'refresh' ? REFRESH_TOKEN_SECONDS : options.role === 'guest' ? GUEST_TOKEN_SECONDS : ACCESS_TOKEN_SECONDS;
  const exp = Math.floor(nowMs / 1000) + seconds;
  const session = options.session ?? newSession();
  const claims: TokenClaims = { sub: subject, typ, exp, jti: randomUUID(), sid: session.sid, iat: nowMs, gen: session.gen, ...(options.role ? { role: options.role } : {}) };
  return { token: signJson(`stx${typ === 'access' ? 'a' : 'r'}1`, { ...claims }, secret), expiresAt: new Date(exp * 1000) };
}

/** the tokens this process has seen, checked by HMAC once each (a client sends one for minutes) */
const tokens = new SignedJsonVerifier();

export function verifyToken(token: string, typ: TokenClaims['typ'], secret: string, nowMs: number): Verified<TokenClaims> {
  const verified = tokens.verify<TokenClaims>(`stx${typ === 'access' ? 'a' : 'r'}1`, token, secret, nowMs);
  if (!verified.ok) return verified;
  const p = verified.payload;
  // a token signed before sessions existed has no sid: it cannot be revoked, so it is not accepted
  if (p.typ !== typ || typeof p.sub !== 'string' || typeof p.sid !== 'string' || !Number.isFinite(p.iat) || !Number.isInteger(p.gen)) return { ok: false, reason: 'MALFORMED' };
  return verified;
}
