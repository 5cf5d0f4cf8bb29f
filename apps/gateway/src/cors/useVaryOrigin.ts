import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { mergeVary, VARY } from '../http/httpCaching';

/**
 * `Vary: Origin` on every answer to a request with an Origin: the CORS headers differ by origin,
 * so a shared cache (CDN, proxy) must never give one origin's answer to another. The engine adds
 * it only when a list of several origins is configured, and ours answers one origin at a time.
 * A Vary of the engine replaces the one the HTTP front set, so it names the front's headers too.
 */
export function useVaryOrigin(): GatewayPlugin {
  const withOrigin = mergeVary(VARY, 'Origin');
  return {
    onResponse({ request, response }) {
      if (!request.headers.has('origin')) return;
      const vary = response.headers.get('vary');
      response.headers.set('vary', vary ? mergeVary(withOrigin, vary) : withOrigin);
    },
  };
}
