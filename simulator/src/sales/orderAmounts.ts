import type { SimOrder, SimOrderLine } from '../data/orderTypes';

/** Integer thousandths throughout: quantity × unit price never leaves the integers. */
export function lineTotal(line: SimOrderLine): number {
  return line.quantity * line.unitPrice;
}

/** What the tickets cost: the lines that are not cancelled (held or sold). */
export function linesAmount(order: SimOrder): number {
  return order.lines.reduce((sum, line) => (line.state === 'CANCELLED' ? sum : sum + lineTotal(line)), 0);
}

/**
 * The delivery charge counts while the order has something to deliver: lines that are not
 * cancelled, free tickets included (docs/secutix/protocol.md, ShipmentPublicService).
 */
export function shipmentChargeAmount(order: SimOrder): number {
  return order.shipmentCharge && order.lines.some((line) => line.state !== 'CANCELLED') ? order.shipmentCharge.amount : 0;
}

/** What the order costs: its lines that are not cancelled, plus the chosen delivery. */
export function saleAmount(order: SimOrder): number {
  return linesAmount(order) + shipmentChargeAmount(order);
}

/** What is left to pay: the sale amount less the PAID payments, never below 0. */
export function amountDue(order: SimOrder): number {
  return Math.max(0, saleAmount(order) - paidAmount(order));
}

/** What is already paid: card payments confirmed on the hosted page, vouchers and credit used at closing. */
export function paidAmount(order: SimOrder): number {
  return order.payments.reduce((sum, p) => (p.paymentStatus === 'PAID' ? sum + p.amount : sum), 0);
}
