import { Cache, RateBudget, createStore, type CacheStore } from '@stx/cache';
import { SecutixCaller, SecutixError, createTransport, type CallEvent } from '@stx/secutix-client';
import type { BackendConfig } from './secutixConfig';
import type { Logger } from './logger';
import { observeBudget } from '@stx/observability';
import { cacheTelemetry } from './observability/cacheTelemetry';
import { secutixTelemetry } from './observability/secutixTelemetry';

export interface SecutixRuntime {
  caller: SecutixCaller;
  cache: Cache;
  store: CacheStore;
  close(): Promise<void>;
}

/**
 * Process-wide parts of a SecuTix-backed subgraph: one transport, one cache store, and one call
 * budget shared through the store by every instance, so the calls SecuTix sees stay under its
 * limit however many gateways and subgraphs run. Nothing here holds a caller's identity.
 */
export function createSecutixRuntime(config: BackendConfig, logger: Logger, store?: CacheStore): SecutixRuntime {
  const cacheStore = store ?? createStore({ redisUrl: config.redisUrl, namespace: config.cacheNamespace });
  // CACHING=off is the naive baseline: a straightforward wrapper has no budget either, so SecuTix's own 509s show
  const limit = config.caching === 'on' ? config.callsPerMinute : Number.MAX_SAFE_INTEGER;
  const budget = new RateBudget({ store: cacheStore, limit, windowSeconds: 60, name: 'secutix-calls' });
  const stopObservingBudget = observeBudget('secutix-calls', { limit, remaining: () => budget.remaining() });
  const telemetry = secutixTelemetry(config.secutix.transport);
  const transport = telemetry.traced(createTransport(config.secutix));
  const caller = new SecutixCaller(transport, config.secutix, {
    beforeCall: (service, operation) =>
      telemetry.admitted(service, operation, async () => {
        if (!(await budget.tryTake())) {
          throw new SecutixError('BUDGET_EXHAUSTED', service, operation, `our budget of ${config.callsPerMinute} SecuTix calls a minute is spent`);
        }
      }),
    afterCall(event: CallEvent) {
      telemetry.called(event);
      if (event.error) logger.warn('secutix call failed', { service: event.service, operation: event.operation, ms: event.ms, kind: event.error.kind, detail: event.error.options.detail?.slice(0, 300) });
    },
  });
  return {
    caller,
    cache: new Cache({ store: cacheStore, observer: cacheTelemetry }),
    store: cacheStore,
    async close() {
      stopObservingBudget();
      await transport.close?.();
      await cacheStore.close();
    },
  };
}
