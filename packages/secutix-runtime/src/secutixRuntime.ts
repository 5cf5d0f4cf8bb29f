import { Cache, createCoordinationStore, createStore, type CacheStore, type CoordinationStore, type InstanceCount } from '@stx/cache';
import { SecutixCaller, createTransport, type CallEvent } from '@stx/secutix-client';
import { createSecutixBudget } from './secutixBudget';
import type { BackendConfig } from './secutixConfig';
import { currentRequest, type Logger, observeBudget, setCircuitState } from '@stx/observability';
import { cacheTelemetry } from './observability/cacheTelemetry';
import { secutixTelemetry } from './observability/secutixTelemetry';

export interface SecutixRuntime {
  caller: SecutixCaller;
  cache: Cache;
  /** caching only: failures are misses */
  store: CacheStore;
  /** idempotency claims, login counters, token state, locks, budgets: failures are refusals */
  coordination: CoordinationStore;
  /** how many processes share SecuTix's budget; budgets of the apps take their share from it */
  instances: InstanceCount;
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
  // several instances on stores of their own would each spend the whole budget and keep their own
  // sessions, idempotency keys and throttles: say so, whoever forgot REDIS_URL (or misspelt it)
  if (!config.redisUrl && !shared.coordination) logger.warn('no REDIS_URL: budgets, sessions, idempotency keys and throttles are kept in this process only; right for one process, wrong for several instances');
  const cacheStore = shared.cache ?? createStore({ redisUrl: config.redisUrl, namespace: config.cacheNamespace });
  const coordination = shared.coordination ?? createCoordinationStore({ redisUrl: config.redisUrl, namespace: config.cacheNamespace });
  // budgets are coordination: the store they count in must never say yes when it cannot know
  let warnedAt = 0;
  const budget = createSecutixBudget(config, coordination, (err) => {
    // once a minute, not once per call, while Redis is down
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    logger.warn('call budgets counted locally, each process taking its share: shared store unavailable', { reason: String(err) });
  });
  const stopObservingBudgets = budget.layers.map((layer) => observeBudget(layer.name, layer));
  const telemetry = secutixTelemetry(config.secutix.transport);
  const transport = telemetry.traced(createTransport(config.secutix));
  const caller = new SecutixCaller(transport, config.secutix, {
    beforeCall: (call) => telemetry.admitted(call.service, call.operation, () => budget.take(call)),
    circuitChanged: setCircuitState,
    afterCall(event: CallEvent) {
      telemetry.called(event);
      const request = currentRequest();
      if (request) request.secutixCallsSent = (request.secutixCallsSent ?? 0) + 1;
      if (event.error) logger.warn('secutix call failed', { service: event.service, operation: event.operation, ms: event.ms, kind: event.error.kind, secutixStatus: event.error.statusCode, detail: event.error.options.detail?.slice(0, 300) });
    },
  });
  return {
    caller,
    cache: new Cache({ store: cacheStore, observer: cacheTelemetry }),
    store: cacheStore,
    coordination,
    instances: budget.instances,
    async close() {
      stopObservingBudgets.forEach((stop) => stop());
      budget.instances.close();
      await transport.close?.();
      if (!shared.cache) await cacheStore.close();
      if (!shared.coordination) await coordination.close();
    },
  };
}
