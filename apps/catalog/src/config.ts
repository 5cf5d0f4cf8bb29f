import { readBackendConfig, type BackendConfig } from '@stx/secutix-runtime';
import { readInt, type Env } from '@stx/env';

export interface CatalogConfig {
  port: number;
  backend: BackendConfig;
  /** seconds between two `getLastSetupUpdate` checks, all instances together */
  setupCheckSeconds: number;
  /** SecuTix's floor between two full catalog downloads */
  catalogMinRefreshSeconds: number;
}

/** its settings; the port is read from `CATALOG_PORT` by the host (packages/host) */
export function readCatalogConfig(env: Env): Omit<CatalogConfig, 'port'> {
  return {
    backend: readBackendConfig(env),
    setupCheckSeconds: readInt(env, 'CATALOG_SETUP_CHECK_SECONDS', 60, { min: 1 }),
    catalogMinRefreshSeconds: readInt(env, 'CATALOG_MIN_REFRESH_SECONDS', 600, { min: 0 }),
  };
}
