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

/**
 * `verifyJson` with the payloads of values already found well signed kept, by their exact bytes
 * and secret (at most `max`, all forgotten at once past that): the gateway reuses a caller's
 * signed identity header for 30 s and a client its access token for minutes, so each is checked
 * by HMAC once, not on every request. Only a value that passed the HMAC is ever kept, so a
 * forged one is never found here; `exp` is still checked on every use, against the caller's clock.
 */
export class SignedJsonVerifier {
  private readonly verified = new Map<string, { prefix: string; secret: string; payload: Readonly<{ exp: number }> }>();

  constructor(private readonly max = 10_000) {}

  verify<T extends { exp: number }>(prefix: string, value: string, secret: string, nowMs: number): Verified<T> {
    const known = this.verified.get(value);
    if (known && known.secret === secret && known.prefix === prefix) return notExpired(known.payload as T, nowMs);
    const verified = verifyJson<T>(prefix, value, secret, nowMs);
    if (verified.ok) {
      if (this.verified.size >= this.max) this.verified.clear();
      this.verified.set(value, { prefix, secret, payload: Object.freeze(verified.payload) });
    }
    return verified;
  }
}

function notExpired<T extends { exp: number }>(payload: T, nowMs: number): Verified<T> {
  return typeof payload.exp !== 'number' || payload.exp * 1000 <= nowMs ? { ok: false, reason: 'EXPIRED' } : { ok: true, payload };
}

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
  return notExpired(payload, nowMs);
}
