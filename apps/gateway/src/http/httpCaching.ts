import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * What the gateway tells browsers, CDNs and proxies about reusing an answer. An answer is public
 * only when the response cache may share it (a query whose every field the subgraphs' cache hints
 * make public, no credentials, no error): then for as long as its hints allow, which is as long as
 * the gateway itself reuses it, and as long again while revalidating. Anything else may hold a
 * contact's data or a passing error, and is never stored.
 */
export const PRIVATE_POLICY = 'private, no-store';

export function publicPolicy(maxAgeSeconds: number): string {
  return `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds}`;
}

/** the request headers an answer depends on (Accept-Language: texts and messages follow the language rule): a shared cache must key on them */
export const VARY = 'Accept, Accept-Encoding, Accept-Language, Authorization, Cookie';

/** a Vary header naming both lists' headers once each: the front's, the engine's and CORS's `Origin` add up */
export function mergeVary(current: string | number | readonly string[] | undefined, added: string): string {
  const names: string[] = [];
  for (const name of [...String(current ?? '').split(','), ...added.split(',')].map((n) => n.trim())) {
    if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.join(', ');
}

/** a strong validator of the answer's bytes */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** whether the client already holds this version (If-None-Match), so 304 with no body will do */
export function clientHolds(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_ANSWER = 'application/json; charset=utf-8';

/**
 * The media type of a shared answer for this Accept header, as the engine picks it for the
 * answers it writes: the first type the header lists that the engine can answer (`*` ranges
 * counting as JSON; no header is JSON). The cached body is the same for both JSON types; only its
 * type follows the client (GraphQL over HTTP), and `Vary: Accept` tells caches so. Undefined when
 * the engine would answer a stream (`text/event-stream`, `multipart/mixed`) or nothing it knows:
 * such a request is never shared either way, since its body is a stream's framing, not the
 * single JSON result the cache keeps (one event stream stored was once served to every JSON client).
 */
export function sharedAnswerType(accept: string | undefined): string | undefined {
  if (!accept?.trim()) return JSON_ANSWER;
  for (const range of accept.split(',')) {
    const type = range.split(';', 1)[0].trim().toLowerCase();
    if (type === GRAPHQL_RESPONSE) return `${GRAPHQL_RESPONSE}; charset=utf-8`;
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return JSON_ANSWER;
    if (type === 'text/event-stream' || type === 'multipart/mixed') return undefined;
  }
  return undefined;
}

/** whether an engine's answer is one JSON result (either JSON type), the only kind the cache keeps */
export function isSingleJsonAnswer(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';', 1)[0].trim().toLowerCase();
  return type === 'application/json' || type === GRAPHQL_RESPONSE;
}
