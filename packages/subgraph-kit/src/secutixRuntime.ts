import { Cache, RateBudget, createCoordinationStore, createStore, type CacheStore, type CoordinationStore } from '@stx/cache';
import { SecutixCaller, SecutixError, createTransport, type CallEvent } from '@stx/secutix-client';
import type { BackendConfig } from './secutixConfig';
import type { Logger } from './logger';

export interface SecutixRuntime {
  caller: SecutixCaller;
  cache: Cache;
  /** caching only: failures are misses */
  store: CacheStore;
  /** idempotency claims, login counters, token state, locks, budgets: failures are refusals */
  coordination: CoordinationStore;
  close(): Promise<void>;
}

/** Stores made elsewhere and shared (one process running several apps); this runtime will not close them. */
export interface SharedStores {
  cache?: CacheStore;
  coordination?: CoordinationStore;
}

/**
 * Process-wide parts of a SecuTix-backed subgraph: one transport, two stores with opposite failure
 * policies (a cache, and a coordination store that fails closed), and one call budget shared
 * through the store by every instance, so the calls SecuTix sees stay under its limit however
 * many gateways and subgraphs run. Nothing here holds a caller's identity.
 */
export function createSecutixRuntime(config: BackendConfig, logger: Logger, shared: SharedStores = {}): SecutixRuntime {
  const cacheStore = shared.cache ?? createStore({ redisUrl: config.redisUrl, namespace: config.cacheNamespace });
  const coordination = shared.coordination ?? createCoordinationStore({ redisUrl: config.redisUrl, namespace: config.cacheNamespace });
  // CACHING=off is the naive baseline: a straightforward wrapper has no budget either, so SecuTix's own 509s show
  const limit = config.caching === 'on' ? config.callsPerMinute : Number.MAX_SAFE_INTEGER;
  const budget = new RateBudget({ store: cacheStore, limit, windowSeconds: 60, name: 'secutix-calls' });
  const transport = createTransport(config.secutix);
  const caller = new SecutixCaller(transport, config.secutix, {
    async beforeCall(service, operation) {
      if (!(await budget.tryTake())) {
        throw new SecutixError('BUDGET_EXHAUSTED', service, operation, `our budget of ${config.callsPerMinute} SecuTix calls a minute is spent`);
      }
    },
    afterCall(event: CallEvent) {
      if (event.error) logger.warn('secutix call failed', { service: event.service, operation: event.operation, ms: event.ms, kind: event.error.kind, detail: event.error.options.detail?.slice(0, 300) });
    },
  });
  return {
    caller,
    cache: new Cache({ store: cacheStore }),
    store: cacheStore,
    coordination,
    async close() {
      await transport.close?.();
      if (!shared.cache) await cacheStore.close();
      if (!shared.coordination) await coordination.close();
    },
  };
}
