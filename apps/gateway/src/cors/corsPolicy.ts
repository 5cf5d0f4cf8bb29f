import { getCORSHeadersByRequestAndOptions, type CORSOptions } from '@whatwg-node/server';
import type { CorsOrigins } from '@stx/host';

const METHODS = ['GET', 'POST', 'OPTIONS'];
// what a page's script may read besides the CORS-safelisted headers: the request id to quote to
// support, a ticket download's file name
const EXPOSED_HEADERS = ['x-request-id', 'content-disposition'];
/** Browsers keep a preflight this long (Chromium caps it at two hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * One CORS decision per request, given to the engine's own `cors` option: a listed origin gets
 * itself back with credentials (the session and SecuTix's cookies); any other gets no CORS header
 * at all, so its browser keeps the answer from the page, and CSRF prevention applies as before.
 * A listed origin's preflight gets the request headers it asks for mirrored (no `allowedHeaders`,
 * as Apollo Router does by default): besides JSON bodies, Bearer tokens and Apollo's client
 * headers, pages send what their instrumentation adds (`traceparent`, `tracestate`, `baggage`,
 * `sentry-trace`, a `x-request-id`...), and one header missing from a fixed list fails every call.
 */
export function corsAnswerFor(origins: CorsOrigins, origin: string | null | undefined): CORSOptions {
  if (!origin || !origins.allows(origin)) return false;
  return { origin: [origin], methods: METHODS, exposedHeaders: EXPOSED_HEADERS, credentials: true, maxAge: PREFLIGHT_MAX_AGE_SECONDS };
}

/**
 * The same headers for an answer the engine never sees (a response-cache hit), written by the
 * engine's own function, with `Vary: Origin` (see useVaryOrigin).
 */
export function corsHeadersFor(origins: CorsOrigins, origin: string | undefined, preflight?: { method?: string; headers?: string }): Record<string, string> {
  if (!origin) return {};
  // a preflight's asked method and headers, so that the answer allows (mirrors) them
  const asked = { ...(preflight?.method ? { 'access-control-request-method': preflight.method } : {}), ...(preflight?.headers ? { 'access-control-request-headers': preflight.headers } : {}) };
  const request = new Request('http://gateway/graphql', { method: preflight ? 'OPTIONS' : 'GET', headers: { origin, ...asked } });
  return { ...(getCORSHeadersByRequestAndOptions(request, corsAnswerFor(origins, origin)) ?? {}), vary: 'Origin' };
}
