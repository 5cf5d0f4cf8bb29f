import type { IncomingMessage } from 'node:http';
import { errorCodes, localizeError, messageLanguage, type ErrorCode } from '@stx/errors';

/** a refusal the front answers itself, before the response cache and the engine */
export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
}

/** content types a browser sends cross-origin without a preflight (the CORS "simple" ones) */
const SIMPLE_CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/** headers a browser only sends after a preflight, as Apollo Server and Apollo Router accept them */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * A GET's JSON parameters (`variables`, `extensions`: the engine answers text that does not parse
 * with a 500), then CSRF prevention and the content type: the gateway's one CSRF rule (the engine
 * has none of its own), checked on the raw request so that nothing, not even a cached answer,
 * reaches a request a browser could send from any page with the visitor's cookies. A request is safe when the
 * browser had to preflight it: a non-simple content type, or one of Apollo's preflight headers.
 * A GET without a document (`query`) is not checked: the explorer page, or a persisted query by
 * its hash, which can only run an operation the gateway already holds, never a forged new one,
 * and a GET never runs a mutation (the engine answers 405).
 */
export function refusalOf(req: IncomingMessage, search: URLSearchParams | undefined): Refusal | undefined {
  const malformed = search && malformedJsonParam(search);
  if (malformed) return { status: 400, code: 'BAD_REQUEST', message: `The \`${malformed}\` parameter of this GET is not valid JSON.` };
  if (req.method === 'GET' && !search?.has('query')) return undefined;
  if (req.method !== 'GET' && req.method !== 'POST') return undefined;
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  const preflighted = (contentType !== '' && !SIMPLE_CONTENT_TYPES.some((t) => contentType.startsWith(t))) || PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined);
  if (!preflighted) {
    return {
      status: 400,
      code: 'CSRF_PREVENTED',
      message: 'This request has been blocked as a potential cross-site request forgery: send it as application/json, or with an `apollo-require-preflight` header.',
    };
  }
  if (req.method === 'POST' && !/^application\/json\s*(;|$)/.test(contentType)) {
    return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'A POST to this endpoint must be `content-type: application/json`.' };
  }
  return undefined;
}

/** a GET's JSON parameter that does not parse (the engine would fail on it with a 500), if any */
function malformedJsonParam(search: URLSearchParams): string | undefined {
  for (const name of ['variables', 'extensions']) {
    const text = search.get(name);
    if (text === null) continue;
    try {
      JSON.parse(text);
    } catch {
      return name;
    }
  }
  return undefined;
}

/** the refusal's body, its message in the caller's language (the same catalogue as every error) */
export function refusalBody(refusal: Refusal, acceptLanguage?: string): string {
  const { message } = localizeError(refusal.code, refusal.message, {}, messageLanguage(acceptLanguage));
  return JSON.stringify({ errors: [{ message, extensions: { code: refusal.code, retryable: errorCodes[refusal.code].retryable } }] });
}
