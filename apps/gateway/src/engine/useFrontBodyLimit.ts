import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * The request body is bounded once, by the HTTP front (serveGateway: `GATEWAY_MAX_BODY_BYTES`,
 * 413 before the body is even parsed), which hands the engine the body it read. The engine's own
 * limit (Yoga's `useLimitRequestBodySize`, 25 MB, which Hive's runtime always installs) would
 * then wrap that already-read body in a counting stream and a new Request on every request: a
 * tenth of a millisecond of CPU a page in the benchmark, for nothing. Removed here, loudly if an
 * engine upgrade changes it.
 */
export function useFrontBodyLimit(): GatewayPlugin {
  return {
    onPluginInit({ plugins }) {
      const found = plugins.reduce<number[]>((at, plugin, i) => (isEngineBodyLimit(plugin) ? [...at, i] : at), []);
      if (found.length !== 1) throw new Error("the engine's request body limit was not found exactly once: check useFrontBodyLimit against this graphql-yoga version");
      plugins[found[0]] = {};
    },
  };
}

/** Yoga's useLimitRequestBodySize: the one plugin with only an `onRequestParse` hook that wraps the body with limitRequestBodySize */
function isEngineBodyLimit(plugin: unknown): boolean {
  if (!plugin || typeof plugin !== 'object') return false;
  const onRequestParse = (plugin as { onRequestParse?: unknown }).onRequestParse;
  return Object.keys(plugin).join(',') === 'onRequestParse' && typeof onRequestParse === 'function' && onRequestParse.toString().includes('limitRequestBodySize');
}
