import DataLoader from 'dataloader';
import type { CacheStore } from '@stx/cache';
import type { OrderClient, OrderDetailsRecord } from '@stx/secutix-client';

/** SecuTix states of orders that this API can no longer change: their details are worth keeping. */
const SETTLED = new Set(['CLOSED', 'CANCELLED']);

const orderCacheKey = (orderId: number) => `order:v1:${orderId}`;

/**
 * A request's order reader. Open orders are always read from SecuTix: their hold, lines and
 * payment move. Settled (closed or cancelled) orders are kept in the shared store for
 * `ttlSeconds`, so an account page shown again costs no getOrderDetails; only a box-office action
 * changes them, and that shows after at most the TTL. Keyed by order id alone, which is safe
 * because every caller's ownership is checked on the record after it is loaded (ownership.ts).
 */
export function orderDetailsLoader(orders: OrderClient, store: CacheStore | undefined, ttlSeconds: number): DataLoader<number, OrderDetailsRecord> {
  const keep = ttlSeconds > 0 ? store : undefined;
  const readOne = async (orderId: number): Promise<OrderDetailsRecord> => {
    const kept = await keep?.get(orderCacheKey(orderId));
    if (kept) return JSON.parse(kept) as OrderDetailsRecord;
    const order = await orders.getOrderDetails(orderId);
    if (keep && SETTLED.has(order.orderState)) await keep.set(orderCacheKey(orderId), JSON.stringify(order), ttlSeconds);
    return order;
  };
  return new DataLoader<number, OrderDetailsRecord>((ids) => Promise.all(ids.map((id) => readOne(id).catch((e: Error) => e))));
}
