import { createHmac, timingSafeEqual } from 'node:crypto';

export interface JwtExpectation {
  secret: string;
  institution: string;
  operator: string;
  nowMs: number;
}

/** Longest token life accepted (what clients in the wild send) and the clock skew tolerated. */
const MAX_LIFETIME_S = 900;
const SKEW_S = 5;

/**
 * Checks a SecuTix self-forged token (docs/secutix/protocol.md): HS256 with the secret, `sub` = institution,
 * `aud` = operator, an `iss`, and `iat`/`exp` in seconds. Returns why it was refused, or undefined.
 */
export function verifyJwt(token: string, expected: JwtExpectation): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return 'malformed token';
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = decode(headerPart);
  if (!header || header.alg !== 'HS256') return 'token must be signed with HS256';
  const signature = createHmac('sha256', expected.secret).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== signature.length || !timingSafeEqual(given, signature)) return 'bad signature';
  const claims = decode(payloadPart);
  if (!claims) return 'malformed claims';
  if (claims.sub !== expected.institution) return 'sub must be the institution code';
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(expected.operator)) return 'aud must be the virtual operator';
  if (typeof claims.iss !== 'string' || claims.iss === '') return 'iss (partner) is required';
  const { iat, exp } = claims;
  if (typeof iat !== 'number' || typeof exp !== 'number') return 'iat and exp (seconds) are required';
  const now = expected.nowMs / 1000;
  if (iat > now + SKEW_S) return 'token issued in the future';
  if (exp < now - SKEW_S) return 'token expired';
  if (exp - iat > MAX_LIFETIME_S || exp <= iat) return `token lifetime must be between 1 and ${MAX_LIFETIME_S} s`;
  return undefined;
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
