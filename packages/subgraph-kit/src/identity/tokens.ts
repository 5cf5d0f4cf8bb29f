import { randomUUID } from 'node:crypto';
import { signJson, verifyJson, type Verified } from './signedJson';

export interface TokenClaims {
  /** the SecuTix contact number */
  sub: string;
  typ: 'access' | 'refresh';
  /** `operator`: a back-office operator (sub is the operator's login), never a contact */
  role?: 'operator';
  exp: number;
  jti: string;
}

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;

/** Short-lived access tokens for mobile apps, and refresh tokens to get new ones. */
export function issueToken(subject: string, typ: TokenClaims['typ'], secret: string, nowMs: number, role?: TokenClaims['role']): { token: string; expiresAt: Date } {
  const seconds = typ === 'access' ? ACCESS_TOKEN_SECONDS : REFRESH_TOKEN_SECONDS;
  const exp = Math.floor(nowMs / 1000) + seconds;
  return { token: signJson(`stx${typ === 'access' ? 'a' : 'r'}1`, { sub: subject, typ, exp, jti: randomUUID(), ...(role ? { role } : {}) }, secret), expiresAt: new Date(exp * 1000) };
}

export function verifyToken(token: string, typ: TokenClaims['typ'], secret: string, nowMs: number): Verified<TokenClaims> {
  const verified = verifyJson<TokenClaims>(`stx${typ === 'access' ? 'a' : 'r'}1`, token, secret, nowMs);
  if (verified.ok && (verified.payload.typ !== typ || typeof verified.payload.sub !== 'string')) return { ok: false, reason: 'MALFORMED' };
  return verified;
}
