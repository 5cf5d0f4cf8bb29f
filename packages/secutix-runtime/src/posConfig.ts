import { CatalogClient, type PosConfigData } from '@stx/secutix-client';
import type { SecutixRuntime } from './secutixRuntime';

/**
 * The point of sale's configuration changes with setup, rarely: one shared cached copy for every
 * subgraph and instance (same key everywhere), refreshed daily or when the catalog stamp moves.
 */
export async function loadPosConfig(runtime: SecutixRuntime): Promise<PosConfigData> {
  const entry = await runtime.cache.getOrLoad<PosConfigData>('secutix:pos-config', {
    ttlSeconds: 24 * 3600,
    staleSeconds: 7 * 24 * 3600,
    load: () => new CatalogClient(runtime.caller).getPOSConfig(),
  });
  return entry.value;
}
