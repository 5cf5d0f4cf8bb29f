import { getCORSHeadersByRequestAndOptions, type CORSOptions } from '@whatwg-node/server';
import type { CorsOrigins } from './corsOrigins';

const METHODS = ['GET', 'POST', 'OPTIONS'];
// what the shop, Apollo Client and Apollo Sandbox send: JSON bodies, Bearer tokens, the header
// that lets a GET through CSRF prevention, and Apollo's client identification headers
const HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'apollographql-client-name', 'apollographql-client-version'];
/** Browsers keep a preflight this long (Chromium caps it at two hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * One CORS decision per request, given to the engine's own `cors` option: a listed origin gets
 * itself back with credentials (the session and SecuTix's cookies); any other gets no CORS header
 * at all, so its browser keeps the answer from the page, and CSRF prevention applies as before.
 */
export function corsAnswerFor(origins: CorsOrigins, origin: string | null | undefined): CORSOptions {
  if (!origin || !origins.allows(origin)) return false;
  return { origin: [origin], methods: METHODS, allowedHeaders: HEADERS, credentials: true, maxAge: PREFLIGHT_MAX_AGE_SECONDS };
}

/**
 * The same headers for an answer the engine never sees (a response-cache hit), written by the
 * engine's own function, with `Vary: Origin` (see useVaryOrigin).
 */
export function corsHeadersFor(origins: CorsOrigins, origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  const request = new Request('http://gateway/graphql', { headers: { origin } });
  return { ...(getCORSHeadersByRequestAndOptions(request, corsAnswerFor(origins, origin)) ?? {}), vary: 'Origin' };
}
