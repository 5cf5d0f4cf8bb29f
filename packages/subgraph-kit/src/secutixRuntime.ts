import { Cache, createStore, type CacheStore, type InstanceCount } from '@stx/cache';
import { SecutixCaller, createTransport, type CallEvent } from '@stx/secutix-client';
import { createSecutixBudget } from './secutixBudget';
import type { BackendConfig } from './secutixConfig';
import type { Logger } from './logger';
import { observeBudget, setCircuitState } from '@stx/observability';
import { cacheTelemetry } from './observability/cacheTelemetry';
import { secutixTelemetry } from './observability/secutixTelemetry';

export interface SecutixRuntime {
  caller: SecutixCaller;
  cache: Cache;
  store: CacheStore;
  /** how many processes share SecuTix's budget; budgets of the apps take their share from it */
  instances: InstanceCount;
  close(): Promise<void>;
}

/**
 * Process-wide parts of a SecuTix-backed subgraph: one transport, one cache store, and one call
 * budget shared through the store by every instance, so the calls SecuTix sees stay under its
 * limit however many gateways and subgraphs run. Nothing here holds a caller's identity.
 */
export function createSecutixRuntime(config: BackendConfig, logger: Logger, store?: CacheStore): SecutixRuntime {
  const cacheStore = store ?? createStore({ redisUrl: config.redisUrl, namespace: config.cacheNamespace });
  // budgets are coordination: the store they count in must never say yes when it cannot know
  let warnedAt = 0;
  const budget = createSecutixBudget(config, cacheStore, (err) => {
    // once a minute, not once per call, while Redis is down
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    logger.warn('call budgets counted locally, each process taking its share: shared store unavailable', { reason: String(err) });
  });
  const stopObservingBudgets = budget.shares.map((share) => observeBudget(share.name, share));
  const telemetry = secutixTelemetry(config.secutix.transport);
  const transport = telemetry.traced(createTransport(config.secutix));
  const caller = new SecutixCaller(transport, config.secutix, {
    beforeCall: (call) => telemetry.admitted(call.service, call.operation, () => budget.take(call)),
    circuitChanged: setCircuitState,
    afterCall(event: CallEvent) {
      telemetry.called(event);
      if (event.error) logger.warn('secutix call failed', { service: event.service, operation: event.operation, ms: event.ms, kind: event.error.kind, detail: event.error.options.detail?.slice(0, 300) });
    },
  });
  return {
    caller,
    cache: new Cache({ store: cacheStore, observer: cacheTelemetry }),
    store: cacheStore,
    instances: budget.instances,
    async close() {
      stopObservingBudgets.forEach((stop) => stop());
      budget.instances.close();
      await transport.close?.();
      await cacheStore.close();
    },
  };
}
