import { AVAILABILITY_CHANGES_RETAIN_SECONDS, readBackendConfig, readTicketShopUrl, type BackendConfig } from '@stx/secutix-runtime';
import { readInt, type Env } from '@stx/env';

export interface AvailabilityConfig {
  port: number;
  backend: BackendConfig;
  /** seconds between two `getUpdatedAvailabilities`, all instances together (SecuTix: about a minute) */
  syncSeconds: number;
  /** an answer is reused this long when no change is reported (SecuTix advises hourly reads) */
  freshSeconds: number;
  /** an old answer may be served this long while SecuTix cannot be asked */
  staleSeconds: number;
  shopUrl: string;
}

/** its settings; the port is read from `AVAILABILITY_PORT` by the host (packages/host) */
export function readAvailabilityConfig(env: Env): Omit<AvailabilityConfig, 'port'> {
  const backend = readBackendConfig(env);
  return {
    backend,
    syncSeconds: readInt(env, 'AVAILABILITY_SYNC_SECONDS', 60, { min: 1 }),
    // a change must be remembered as long as an answer older than it could be used as fresh
    freshSeconds: readInt(env, 'AVAILABILITY_FRESH_SECONDS', 3600, { min: 1, max: AVAILABILITY_CHANGES_RETAIN_SECONDS }),
    staleSeconds: readInt(env, 'AVAILABILITY_STALE_SECONDS', 86400, { min: 0 }),
    shopUrl: readTicketShopUrl(env, backend.secutix.institution),
  };
}
