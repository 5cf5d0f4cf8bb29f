import type { SimOrder, SimOrderLine } from '../data/orderTypes';

/** Integer thousandths throughout: quantity × unit price never leaves the integers. */
export function lineTotal(line: SimOrderLine): number {
  return line.quantity * line.unitPrice;
}

/** What the order costs: its lines that are not cancelled (held or sold). */
export function saleAmount(order: SimOrder): number {
  return order.lines.reduce((sum, line) => (line.state === 'CANCELLED' ? sum : sum + lineTotal(line)), 0);
}

/** What is already paid: card payments confirmed on the hosted page, vouchers and credit used at closing. */
export function paidAmount(order: SimOrder): number {
  return order.payments.reduce((sum, p) => (p.paymentStatus === 'PAID' ? sum + p.amount : sum), 0);
}
