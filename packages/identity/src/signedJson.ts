import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `<prefix>.<base64url JSON>.<base64url HMAC-SHA256>`: the one signed-envelope format behind access
 * tokens and the identity header. Verification is constant-time and checks `exp` (seconds).
 */
export function signJson(prefix: string, payload: Record<string, unknown>, secret: string): string {
  const body = `${prefix}.${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export type Verified<T> = { ok: true; payload: T } | { ok: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' };

export function verifyJson<T extends { exp: number }>(prefix: string, value: string, secret: string, nowMs: number): Verified<T> {
  const parts = value.split('.');
  if (parts.length !== 3 || parts[0] !== prefix) return { ok: false, reason: 'MALFORMED' };
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'BAD_SIGNATURE' };
  let payload: T;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as T;
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 <= nowMs) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, payload };
}
