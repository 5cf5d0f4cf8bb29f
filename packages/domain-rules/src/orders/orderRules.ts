import type { OrderDetailsRecord } from '@stx/secutix-client';

/**
 * Rules about an order's money that more than one subgraph applies (sales shows and takes
 * payments, shipment changes the delivery charge): one definition here. Integer thousandths.
 */

const SETTLED_PAYMENT = new Set(['PAID', 'AUTHORIZED']);

/** what the buyer has paid so far: payments SecuTix confirmed */
export function paidAmount(order: OrderDetailsRecord): number {
  return (order.payments ?? []).reduce((sum, p) => (SETTLED_PAYMENT.has(p.paymentStatus) ? sum + p.amount : sum), 0);
}

/** what is left to pay, never below 0 */
export function amountDue(order: OrderDetailsRecord): number {
  return Math.max(0, order.saleAmount - paidAmount(order));
}

/** the delivery charge SecuTix counts in saleAmount (0 until a mode with a price is chosen) */
export function shipmentCharge(order: OrderDetailsRecord): number {
  return (order.charges ?? []).filter((c) => c.chargeType === 'SHIPMENT').reduce((sum, c) => sum + c.amount, 0);
}

/** whether the buyer chose a delivery (changeShipmentMode), as the order's charges show it */
export function deliveryChosen(order: OrderDetailsRecord): boolean {
  return (order.charges ?? []).some((c) => c.chargeType === 'SHIPMENT');
}

/**
 * Why the delivery can no longer change, or undefined: the order is settled (closed, cancelled)
 * or fully paid; changing it would change what was paid. A card payment still open on the
 * hosted page does not lock it: that page refuses to charge an amount no longer due.
 */
export function deliveryLockReason(order: OrderDetailsRecord): 'SETTLED' | 'PAID' | undefined {
  if (order.orderState !== 'IN_PROGRESS') return 'SETTLED';
  if ((order.payments ?? []).length > 0 && amountDue(order) === 0) return 'PAID';
  return undefined;
}
