import { readBackendConfig, readTicketShopUrl, type BackendConfig } from '@stx/secutix-runtime';
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
  /** availability calls a minute, all instances together, on top of the global SecuTix budget */
  callsPerMinute: number;
  shopUrl: string;
}

/** its settings; the port is read from `AVAILABILITY_PORT` by the host (packages/host) */
export function readAvailabilityConfig(env: Env): Omit<AvailabilityConfig, 'port'> {
  const backend = readBackendConfig(env);
  return {
    backend,
    syncSeconds: readInt(env, 'AVAILABILITY_SYNC_SECONDS', 60, { min: 1 }),
    freshSeconds: readInt(env, 'AVAILABILITY_FRESH_SECONDS', 3600, { min: 1 }),
    staleSeconds: readInt(env, 'AVAILABILITY_STALE_SECONDS', 86400, { min: 0 }),
    callsPerMinute: readInt(env, 'AVAILABILITY_CALLS_PER_MINUTE', 30, { min: 1 }),
    shopUrl: readTicketShopUrl(env, backend.secutix.institution),
  };
}
