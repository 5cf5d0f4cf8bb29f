import type { OrderStore } from '../data/OrderStore';
import type { SimOrder, SimPayment } from '../data/orderTypes';

/** Payment ids are unique across orders; the hosted page only knows the payment's id. */
export function findPayment(orders: OrderStore, paymentId: number): { order: SimOrder; payment: SimPayment } | undefined {
  for (const order of orders.all()) {
    const payment = order.payments.find((p) => p.paymentId === paymentId);
    if (payment) return { order, payment };
  }
  return undefined;
}
