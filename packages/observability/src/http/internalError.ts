import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestLogFields } from '../context/requestContext';
import type { Logger } from '../logging/logger';

const BODY = JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false } }] });

/**
 * The answer to a request whose handler failed in a way nobody coded for: the client learns only
 * that it is our bug (no message, stack or URL of ours), and the operator gets all of it, with the
 * request's ids, since a 500 nobody can trace is one nobody fixes.
 */
export function answerInternalError(req: IncomingMessage, res: ServerResponse, logger: Logger, err: unknown): void {
  const path = (req.url ?? '').split('?', 1)[0];
  const failure = err instanceof Error ? { reason: `${err.name}: ${err.message}`, stack: err.stack } : { reason: String(err) };
  logger.error('request failed unexpectedly', { ...requestLogFields(req), method: req.method, path, ...failure });
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
  res.end(BODY);
}
