import DataLoader from 'dataloader';
import type { OrderClient, OrderDetailsRecord } from '@stx/secutix-client';

/**
 * Per request: the order's state and payments, read for a guest's open-order rule and before its
 * delivery changes (the lock); once for both, and for every field of one request.
 */
export function orderDetails(orders: OrderClient): DataLoader<number, OrderDetailsRecord> {
  return new DataLoader<number, OrderDetailsRecord>((ids) => Promise.all(ids.map((id) => orders.getOrderDetails(id).catch((e: Error) => e))));
}
