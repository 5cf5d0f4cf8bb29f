import { createHmac, timingSafeEqual } from 'node:crypto';

export interface JwtExpectation {
  secret: string;
  institution: string;
  operator: string;
  nowMs: number;
}

/**
 * SecuTix's REST standard: a self-forged token "can have an expiration time of 30 seconds after"
 * its issue, and its `iat` "should be less than 1 second" old when the call arrives; we tolerate
 * 5 s of clock skew on top. A token from the token endpoint (ISSUED_JTI_PREFIX) lives as long as
 * that endpoint says.
 */
const MAX_SELF_SIGNED_LIFETIME_S = 30;
const MAX_SELF_SIGNED_AGE_S = 1;
const SKEW_S = 5;
/** what the token endpoint's own tokens carry as `jti`, and their life */
export const ISSUED_JTI_PREFIX = 'issued.';
export const ISSUED_TOKEN_SECONDS = 300;

/**
 * Checks a SecuTix JSON token (docs/secutix/protocol.md): HS256 with the secret, `sub` = institution,
 * `aud` = operator, an `iss`, and `iat`/`exp` in seconds; a self-forged one fresh and short-lived.
 * Returns why it was refused, or undefined.
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
  const issued = typeof claims.jti === 'string' && claims.jti.startsWith(ISSUED_JTI_PREFIX);
  const maxLifetime = issued ? ISSUED_TOKEN_SECONDS : MAX_SELF_SIGNED_LIFETIME_S;
  if (exp - iat > maxLifetime || exp <= iat) return `token lifetime must be between 1 and ${maxLifetime} s`;
  if (!issued && now - iat > MAX_SELF_SIGNED_AGE_S + SKEW_S) return `a self-signed token must be signed for the call: iat is ${Math.round(now - iat)} s old`;
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
