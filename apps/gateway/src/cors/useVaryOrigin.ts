import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * `Vary: Origin` on every answer to a request with an Origin: the CORS headers differ by origin,
 * so a shared cache (CDN, proxy) must never give one origin's answer to another. The engine adds
 * it only when a list of several origins is configured, and ours answers one origin at a time.
 */
export function useVaryOrigin(): GatewayPlugin {
  return {
    onResponse({ request, response }) {
      if (!request.headers.has('origin')) return;
      const vary = response.headers.get('vary');
      if (!vary || !/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
