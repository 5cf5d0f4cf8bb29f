import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyJwt } from '../protocol/verifyJwt';
import type { ServiceDef } from '../services/OperationDef';
import { readBody, send, sendJson, sendRateLimited } from './httpIo';
import { runOperation } from './runOperation';
import { resultJson } from './serialiseResult';
import type { SimulatorRuntime } from './SimulatorRuntime';

/** REST-RPC: POST `/<module>/backend-apis/<service>/<version>/<method>`, JSON body, Bearer JWT. */
export async function handleJson(req: IncomingMessage, res: ServerResponse, method: string, service: ServiceDef, runtime: SimulatorRuntime): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { statusCode: 'error.methodNotAllowed', statusDetail: 'REST-RPC accepts POST only' });
    return;
  }
  if (refusedAsNotJson(req, res)) return;
  const text = await readBody(req);
  let params: unknown;
  try {
    params = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    params = undefined;
  }
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    sendJson(res, 400, { statusCode: 'error.invalidParameter', statusDetail: 'the body must be a JSON object' });
    return;
  }
  const outcome = await runOperation(runtime, service, method, params as Record<string, unknown>, () => authenticate(req, runtime));
  switch (outcome.kind) {
    case 'result':
      send(res, 200, 'application/json; charset=utf-8', resultJson(outcome.body));
      return;
    case 'unknownMethod':
      sendJson(res, 404, { statusCode: 'error.unknownMethod', statusDetail: `${service.name} has no method ${method}` });
      return;
    case 'unauthenticated':
      sendJson(res, 401, { statusCode: 'error.authentication', statusDetail: outcome.detail });
      return;
    case 'rateLimited':
      sendRateLimited(res, outcome.status, outcome.retryAfterS);
      return;
    case 'technical':
      sendJson(res, 500, { statusCode: 'error.technical', statusDetail: 'injected technical error' });
      return;
    case 'outage':
      send(res, 503, undefined);
  }
}

/**
 * SecuTix's REST standard: "The header Content-Type: application/json is also required for POST
 * requests" (the 415 is ours). True when the request was refused for it.
 */
export function refusedAsNotJson(req: IncomingMessage, res: ServerResponse): boolean {
  if (/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return false;
  sendJson(res, 415, { statusCode: 'error.invalidParameter', statusDetail: 'Content-Type: application/json is required' });
  return true;
}

function authenticate(req: IncomingMessage, runtime: SimulatorRuntime): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return 'missing Authorization: Bearer <JWT>';
  const { secret, institution, operator, now } = runtime.options;
  return verifyJwt(match[1], { secret, institution, operator, nowMs: now() });
}
