import { availabilityFreshWindowIs, type Logger } from '@stx/observability';
import { AvailabilityClient, type PerformanceAvailabilityRecord, type PosConfigData, type ProductAvailabilityRecord } from '@stx/secutix-client';
import { loadPosConfig, type SecutixRuntime } from '@stx/secutix-runtime';
import type { RequestLanguage, SubgraphParts } from '@stx/host';
import type { AvailabilityConfig } from './config';
import { AvailabilityRepository } from './loaders/AvailabilityRepository';
import { createLoaders, type AvailabilityLoaders } from './loaders/createLoaders';
import { AvailabilityChanges } from './sync/AvailabilityChanges';

export interface AvailabilityContext extends RequestLanguage {
  loaders: AvailabilityLoaders;
  /** the institution's languages, for the language rule of booking links */
  posConfig(): Promise<PosConfigData>;
  /** the ticket shop that booking links point to */
  shopUrl: string;
}

/**
 * Wires the availability subgraph. With `CACHING=off` (the benchmark's naive baseline) answers
 * are neither cached, shared between concurrent requests nor batched: every id is its own SecuTix
 * call, and a refused call is an error, not an older answer.
 */
export async function createAvailabilityContext(config: AvailabilityConfig, rt: SecutixRuntime, logger: Logger): Promise<SubgraphParts<AvailabilityContext>> {
  const caching = config.backend.caching === 'on';
  const client = new AvailabilityClient(rt.caller, async () => (await loadPosConfig(rt)).posId);
  const changes = new AvailabilityChanges({
    store: rt.store,
    coordination: rt.coordination,
    client,
    syncSeconds: config.syncSeconds,
    freshSeconds: config.freshSeconds,
    retainSeconds: config.freshSeconds + config.staleSeconds,
    instances: rt.instances,
    logger,
  });
  availabilityFreshWindowIs(config.freshSeconds);
  // availability's calls draw from their share of the one SecuTix budget (AVAILABILITY_CALLS_PER_MINUTE), taken by the caller
  const common = { cache: caching ? rt.cache : undefined, changes, freshSeconds: config.freshSeconds, staleSeconds: config.staleSeconds };
  const repos = {
    product: new AvailabilityRepository<ProductAvailabilityRecord>({
      ...common,
      kind: 'product',
      fetch: (ids) => client.getProductAvailability(ids),
      idOf: (r) => r.productId,
      productIdOf: (r) => r.productId,
    }),
    performance: new AvailabilityRepository<PerformanceAvailabilityRecord>({
      ...common,
      kind: 'performance',
      fetch: (ids) => client.getPerformanceAvailability(ids),
      idOf: (r) => r.performanceId,
      productIdOf: (r) => r.productId,
    }),
  };
  // the sync runs on its own clock, not on requests: it must keep running whatever the traffic,
  // and beats four times a period so that no period goes without one
  const syncTimer = caching ? setInterval(() => void changes.tick(), Math.max(100, config.syncSeconds * 250)) : undefined;
  syncTimer?.unref();
  return {
    context: () => {
      return {
        loaders: createLoaders(repos, caching),
        posConfig: () => loadPosConfig(rt),
        shopUrl: config.shopUrl,
      };
    },
    async close() {
      clearInterval(syncTimer);
    },
  };
}
