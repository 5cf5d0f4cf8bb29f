import { readBackendConfig, readInt, readUrl, type BackendConfig, type Env } from '@stx/subgraph-kit';

export interface SalesConfig {
  port: number;
  backend: BackendConfig;
  shopUrl: string;
  idempotencyTtlSeconds: number;
  /** how long settled (closed, cancelled) orders are reused from the shared store; 0 never */
  orderCacheSeconds: number;
}

/** its settings; the port is read from `SALES_PORT` by the host (packages/subgraph-kit) */
export function readSalesConfig(env: Env): Omit<SalesConfig, 'port'> {
  const backend = readBackendConfig(env);
  return {
    backend,
    shopUrl: readUrl(env, 'TICKET_SHOP_URL', `https://${backend.secutix.institution.toLowerCase()}.shop.secutix.com`),
    idempotencyTtlSeconds: readInt(env, 'IDEMPOTENCY_TTL_SECONDS', 24 * 3600, { min: 60 }),
    orderCacheSeconds: readInt(env, 'ORDER_CACHE_SECONDS', 60, { min: 0, max: 3600 }),
  };
}
