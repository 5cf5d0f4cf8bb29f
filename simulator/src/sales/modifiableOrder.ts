import type { SimOrder } from '../data/orderTypes';
import { applyExpiry, type OrderWorld } from './orderExpiry';
import { refusal, type SalesRefusal } from './salesErrors';

/**
 * The order a change is about, if it can still change: unknown is notFound, a hold that ran out
 * is expired (now or earlier), any other closed or abandoned order is notModifiable.
 */
export function modifiableOrder(world: OrderWorld, orderId: unknown): SimOrder | SalesRefusal {
  if (typeof orderId !== 'number') return refusal('error.invalidParameter', 'orderId is required');
  const order = world.orders.get(orderId);
  if (!order) return refusal('error.order.notFound', `no order ${orderId}`);
  if (applyExpiry(world, order) || order.expiredAt !== undefined) return refusal('error.order.expired', `the seats of order ${orderId} were released when its hold ran out`);
  if (order.state !== 'IN_PROGRESS') return refusal('error.order.notModifiable', `order ${orderId} is ${order.state}`);
  return order;
}
