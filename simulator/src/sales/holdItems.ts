import type { OrderStore } from '../data/OrderStore';
import type { SimOrder, SimOrderLine } from '../data/orderTypes';
import type { SimulatorState } from '../data/SimulatorState';
import type { PricedItem } from './priceOrderItems';

/** A contact's new order, saved, empty and open: createOrUpdateOrder without an orderId starts here. */
export function newOrder(orders: OrderStore, contactNumber: string, now: number): SimOrder {
  const order: SimOrder = { orderId: orders.newOrderId(), secretId: orders.newSecretId(), contactNumber, state: 'IN_PROGRESS', createdAt: now, expiresAt: now, lines: [], payments: [] };
  orders.save(order);
  return order;
}

/**
 * Priced items into an order: their seats (or a product's quota) held, one reserved line each,
 * and the hold of the whole order renewed. Cannot fail: priceOrderItems counted the seats and
 * quotas left for all the items together.
 */
export function holdItems(order: SimOrder, items: readonly PricedItem[], world: { state: SimulatorState; orders: OrderStore }, now: number, holdMs: number): SimOrderLine[] {
  const added = items.map((item) => {
    if (item.performanceId !== undefined) world.state.hold(item.performanceId, item.seatCategoryId!, item.quantity);
    else world.state.holdQuota(item.productId, item.quantity);
    const product = world.state.product(item.productId);
    return { operationId: world.orders.newOperationId(), ...item, productCode: product?.code, productName: product?.externalName.translations[0]?.value, state: 'RESERVED' as const };
  });
  order.lines.push(...added);
  order.expiresAt = now + holdMs;
  return added;
}
