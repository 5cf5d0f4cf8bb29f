import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_ENDPOINT_MODULES, tokenPath } from '@stx/secutix-contract';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { signJwt } from '../protocol/signJwt';
import { ISSUED_JTI_PREFIX, ISSUED_TOKEN_SECONDS } from '../protocol/verifyJwt';
import { refusedAsNotJson } from './handleJson';
import { readBody, sendJson, sendRateLimited } from './httpIo';
import type { SimulatorRuntime } from './SimulatorRuntime';

/** `POST /<module>/backend-apis/v1/auth`, seen under `tnai` and `tnco` (docs/secutix/protocol.md, Authentication). */
export const TOKEN_PATHS = new Set(TOKEN_ENDPOINT_MODULES.map(tokenPath));

/**
 * SecuTix's token endpoint: `{operator, partner, secret}` → `{token}`. The token is an HS256 JWT
 * with the same claims as a self-signed one (partner as `iss`), so every JSON endpoint checks it
 * the same way, lifetime included. Counted and rate limited like any call.
 */
export async function handleTokenEndpoint(req: IncomingMessage, res: ServerResponse, runtime: SimulatorRuntime): Promise<void> {
  const key = 'TokenEndpoint.auth';
  runtime.calls.count(key);
  if (req.method !== 'POST') {
    sendJson(res, 405, { statusCode: 'error.methodNotAllowed', statusDetail: 'POST {operator, partner, secret}' });
    return;
  }
  if (refusedAsNotJson(req, res)) return;
  const decision = runtime.limiter.check(key);
  if (!decision.allowed) {
    runtime.calls.reject();
    sendRateLimited(res, decision.status, decision.retryAfterS);
    return;
  }
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(await readBody(req));
    body = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    body = undefined;
  }
  const { operator, secret, partner } = body ?? {};
  if (typeof operator !== 'string' || typeof secret !== 'string') {
    sendJson(res, 400, { statusCode: 'error.invalidParameter', statusDetail: 'operator and secret are required' });
    return;
  }
  const { options } = runtime;
  if (operator !== options.operator || !sameText(secret, options.secret)) {
    sendJson(res, 401, { statusCode: 'error.authentication', statusDetail: 'unknown operator or wrong secret' });
    return;
  }
  const iat = Math.floor(options.now() / 1000);
  const iss = typeof partner === 'string' && partner !== '' ? partner : operator;
  const token = signJwt({ sub: options.institution, aud: operator, iss, iat, exp: iat + ISSUED_TOKEN_SECONDS, jti: `${ISSUED_JTI_PREFIX}${randomUUID()}` }, options.secret);
  sendJson(res, 200, { token });
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
