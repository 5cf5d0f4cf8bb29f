import { iso } from '../data/dates';
import { orderTickets } from '../fulfilment/orderTickets';
import type { SimOrder } from '../data/orderTypes';
import { saleAmount } from '../sales/orderAmounts';
import { abandon, expireDueOrders, orderWorld as world, releaseLines } from '../sales/orderExpiry';
import type { SimulatorRuntime } from './SimulatorRuntime';

type Body = Record<string, unknown>;

/** an order as the control API answers it */
export function summary(o: SimOrder): Record<string, unknown> {
  return { orderId: o.orderId, contactNumber: o.contactNumber, state: o.state, saleAmount: saleAmount(o), expiresAt: iso(o.expiresAt) };
}

/** `GET /__admin/orders`: every order in creation order, run-out holds released first. */
export function listOrders(_body: Body, rt: SimulatorRuntime): [number, unknown] {
  expireDueOrders(world(rt));
  return [200, rt.orders.all().map(summary)];
}

/** `POST /__admin/orders/expire {orderId}`: the hold runs out now, without waiting 15 minutes. */
export function expireOrder(body: Body, rt: SimulatorRuntime): [number, unknown] {
  const { orderId } = body;
  if (typeof orderId !== 'number' || !Number.isInteger(orderId)) return [400, { error: 'expected { orderId } as an integer' }];
  const order = rt.orders.get(orderId);
  if (!order) return [404, { error: `unknown orderId ${orderId}` }];
  if (order.state !== 'IN_PROGRESS') return [409, { error: `order ${orderId} is ${order.state}`, order: summary(order) }];
  const w = world(rt);
  order.expiresAt = w.now();
  abandon(w, order, true);
  return [200, summary(order)];
}

/**
 * `POST /__admin/orders/cancel {orderId}`: the box office cancels and refunds a paid order. Its
 * tickets are issued first (if nobody had asked for them yet) so they show CANCELLED, the seats go
 * back on sale, and the order answers CANCELLED.
 */
export function cancelClosedOrder(body: Body, rt: SimulatorRuntime): [number, unknown] {
  const { orderId } = body;
  if (typeof orderId !== 'number' || !Number.isInteger(orderId)) return [400, { error: 'expected { orderId } as an integer' }];
  const order = rt.orders.get(orderId);
  if (!order) return [404, { error: `unknown orderId ${orderId}` }];
  if (order.state !== 'CLOSED') return [409, { error: `order ${orderId} is ${order.state}; only a closed order is cancelled this way`, order: summary(order) }];
  orderTickets(order, rt);
  releaseLines(rt.state, order.lines, 'SOLD');
  order.state = 'CANCELLED';
  return [200, summary(order)];
}
