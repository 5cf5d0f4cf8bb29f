import type { CorsOrigins } from './corsOrigins';

/** The shape of the CORS options Hive Gateway's runtime takes (from @whatwg-node/server). */
export interface CorsAnswer {
  origin: string[];
  methods: string[];
  allowedHeaders: string[];
  credentials: boolean;
  maxAge: number;
}

const METHODS = ['GET', 'POST', 'OPTIONS'];
// what the shop, Apollo Client and Apollo Sandbox send: JSON bodies, Bearer tokens, the header
// that lets a GET through CSRF prevention, and Apollo's client identification headers
const HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'apollographql-client-name', 'apollographql-client-version'];
/** Browsers keep a preflight this long (Chromium caps it at two hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * One CORS decision per request, shared by the engine's `cors` option and the response cache's
 * hits: a listed origin gets itself back with credentials (the session and SecuTix's cookies); any
 * other gets no CORS header at all, so its browser keeps the answer from the page, and the
 * gateway's CSRF prevention applies to it as before.
 */
export function corsAnswerFor(origins: CorsOrigins, origin: string | null | undefined): CorsAnswer | false {
  if (!origin || !origins.allows(origin)) return false;
  return { origin: [origin], methods: METHODS, allowedHeaders: HEADERS, credentials: true, maxAge: PREFLIGHT_MAX_AGE_SECONDS };
}
