import { readCorsOrigins, type CorsOrigins } from '@stx/host';
import { readBackendConfig, readTicketShopUrl, type BackendConfig } from '@stx/secutix-runtime';
import { readInt, type Env } from '@stx/env';
import { readOrderChangeLimits, type FailureLimits } from '@stx/throttle';

export interface SalesConfig {
  port: number;
  backend: BackendConfig;
  shopUrl: string;
  /** the websites SecuTix may send a buyer back to (the returnUrl of a card payment): CORS_ORIGINS, the gateway's list */
  returnOrigins: CorsOrigins;
  idempotencyTtlSeconds: number;
  /** how long settled (closed, cancelled) orders are reused from the shared store; 0 never */
  orderCacheSeconds: number;
  /** unknown voucher codes per client address: the login's failure rule, without subjects */
  voucherAttempts: FailureLimits;
  /** order changes one contact may make in the window (@stx/throttle's OrderChangeBound) */
  orderChanges: FailureLimits;
}

/** its settings; the port is read from `SALES_PORT` by the host (packages/host) */
export function readSalesConfig(env: Env): Omit<SalesConfig, 'port'> {
  const backend = readBackendConfig(env);
  return {
    backend,
    shopUrl: readTicketShopUrl(env, backend.secutix.institution),
    returnOrigins: readCorsOrigins(env),
    idempotencyTtlSeconds: readInt(env, 'IDEMPOTENCY_TTL_SECONDS', 24 * 3600, { min: 60 }),
    orderCacheSeconds: readInt(env, 'ORDER_CACHE_SECONDS', 60, { min: 0, max: 3600 }),
    voucherAttempts: {
      perClient: readInt(env, 'VOUCHER_ATTEMPTS_PER_CLIENT', 10, { min: 1 }),
      slowAfter: readInt(env, 'VOUCHER_SLOW_AFTER', 5, { min: 1 }),
      windowSeconds: readInt(env, 'VOUCHER_ATTEMPTS_WINDOW_SECONDS', 3600, { min: 1 }),
    },
    orderChanges: readOrderChangeLimits(env),
  };
}
