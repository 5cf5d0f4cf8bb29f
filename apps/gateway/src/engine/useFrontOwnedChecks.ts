import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * What the HTTP front (serveGateway) does before a request reaches the engine, the engine must not
 * do again on every request. Hive's runtime always installs two of Yoga's plugins that the front
 * makes dead weight:
 * - the body limit (`useLimitRequestBodySize`, 25 MB): the front bounds the body once
 *   (`GATEWAY_MAX_BODY_BYTES`, 413 before parsing) and hands the engine the text it read; the
 *   engine's limit wrapped that text in a counting stream and a new Request, a tenth of a
 *   millisecond of CPU a page in the benchmark;
 * - the readiness check (`useReadinessCheck` on `/readiness`): the front answers `/ready` itself
 *   and passes the engine `/graphql` only, yet the plugin ran a URLPattern match (a polyfill on
 *   Node 20) on every request, 2-4% of the gateway's CPU on a product page.
 * Each is removed here, loudly if an engine upgrade changes what it looks like.
 */
export function useFrontOwnedChecks(): GatewayPlugin {
  return {
    onPluginInit({ plugins }) {
      for (const check of FRONT_OWNED) {
        const found = plugins.reduce<number[]>((at, plugin, i) => (check.is(plugin) ? [...at, i] : at), []);
        if (found.length !== 1) throw new Error(`the engine's ${check.name} was not found exactly once: check useFrontOwnedChecks against this graphql-yoga version`);
        plugins[found[0]] = {};
      }
    },
  };
}

const FRONT_OWNED: { name: string; is(plugin: unknown): boolean }[] = [
  // the one plugin with only an `onRequestParse` hook that wraps the body with limitRequestBodySize
  { name: 'request body limit', is: (plugin) => hooksOf(plugin) === 'onRequestParse' && sourceOf(plugin, 'onRequestParse').includes('limitRequestBodySize') },
  // the one plugin with `onYogaInit` and `onRequest` that matches a URLPattern and ends the request with its check's answer
  { name: 'readiness check', is: (plugin) => hooksOf(plugin) === 'onYogaInit,onRequest' && sourceOf(plugin, 'onRequest').includes('urlPattern.test') && sourceOf(plugin, 'onRequest').includes('check(') },
];

function hooksOf(plugin: unknown): string {
  return plugin && typeof plugin === 'object' ? Object.keys(plugin).join(',') : '';
}

function sourceOf(plugin: unknown, hook: string): string {
  const fn = (plugin as Record<string, unknown>)[hook];
  return typeof fn === 'function' ? fn.toString() : '';
}
