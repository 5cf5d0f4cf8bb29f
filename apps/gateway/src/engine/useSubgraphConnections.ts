import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Pool } from 'undici';

/** connections kept open to each subgraph origin; a request beyond them waits for a free one */
const CONNECTIONS_PER_SUBGRAPH = 64;

/**
 * Subgraph requests on undici's connection pools (one per subgraph origin, kept alive) in place
 * of the engine's fetch, which goes through `node:http`'s client and a WHATWG Request and
 * Response of its own per call. The answer is read whole, as the engine reads it, and handed on
 * as the engine's own Response class, so every fetch hook above this one (sharing, failures,
 * logs) sees what it saw before. The first of the fetch hooks: it is the fetch the others wrap.
 * Header propagation, the identity header and tracing headers come in `init.headers`, the
 * engine's timeout in `init.signal`.
 */
export function useSubgraphConnections(): GatewayPlugin {
  const pools = new Map<string, Pool>();
  let EngineResponse: typeof Response = Response;
  const targets = new Map<string, { pool: Pool; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      let pool = pools.get(parsed.origin);
      if (!pool) pools.set(parsed.origin, (pool = new Pool(parsed.origin, { connections: CONNECTIONS_PER_SUBGRAPH })));
      // subgraph URLs come from the configuration: a handful, never a client's
      targets.set(url, (target = { pool, path: `${parsed.pathname}${parsed.search}` }));
    }
    return target;
  };
  return {
    onYogaInit({ yoga }) {
      EngineResponse = yoga.fetchAPI.Response;
    },
    onFetch({ executionRequest, fetchFn, setFetchFn }) {
      if (!executionRequest) return;
      setFetchFn(async (url, init, ...rest) => {
        // a query's body is its JSON text; anything else (a stream, a form) goes the engine's way
        if (init?.body != null && typeof init.body !== 'string') return fetchFn(url, init, ...rest);
        const { pool, path } = targetOf(url);
        const answer = await pool.request({
          path,
          method: (init?.method ?? 'GET') as 'GET' | 'POST',
          headers: headerPairs(init?.headers),
          body: init?.body ?? undefined,
          signal: init?.signal ?? undefined,
        });
        const body = await answer.body.text();
        return new EngineResponse(body, { status: answer.statusCode, headers: responseHeaders(answer.headers) });
      });
    },
    async onDispose() {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
    },
  };
}

/** the request's headers as the engine gives them: a Headers object, pairs or a plain record */
function headerPairs(headers: unknown): Record<string, string> {
  if (!headers) return {};
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  if (typeof (headers as Headers).forEach === 'function') {
    const out: Record<string, string> = {};
    (headers as Headers).forEach((value, name) => (out[name] = value));
    return out;
  }
  return { ...(headers as Record<string, string>) };
}

function responseHeaders(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const out: [string, string][] = [];
  for (const name in headers) {
    const value = headers[name];
    if (Array.isArray(value)) for (const v of value) out.push([name, v]);
    else if (value !== undefined) out.push([name, value]);
  }
  return out;
}
