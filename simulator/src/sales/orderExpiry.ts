import type { OrderStore } from '../data/OrderStore';
import type { SimOrder, SimOrderLine } from '../data/orderTypes';
import type { SimulatorState } from '../data/SimulatorState';
import type { PaymentWallet } from '../data/PaymentWallet';

/** What the order rules need; both an operation's context and the admin runtime provide it. */
export interface OrderWorld {
  state: SimulatorState;
  orders: OrderStore;
  wallet: PaymentWallet;
  now(): number;
}

/** the order world of the running simulator, for its HTTP routes */
export function orderWorld(rt: { state: SimulatorState; orders: OrderStore; wallet: PaymentWallet; options: { now(): number } }): OrderWorld {
  return { state: rt.state, orders: rt.orders, wallet: rt.wallet, now: rt.options.now };
}

/**
 * The lines in state `from` give their seats back to the stock and become CANCELLED: held ones
 * (RESERVED) when a hold ends, sold ones only when the box office cancels a paid order.
 */
export function releaseLines(state: SimulatorState, lines: readonly SimOrderLine[], from: SimOrderLine['state'] = 'RESERVED'): void {
  for (const line of lines) {
    if (line.state !== from) continue;
    if (line.performanceId !== undefined && line.seatCategoryId !== undefined) state.release(line.performanceId, line.seatCategoryId, line.quantity);
    else state.releaseQuota(line.productId, line.quantity);
    line.state = 'CANCELLED';
  }
}

/**
 * ABANDONED, everything released, and what was already paid by voucher or credit given back
 * (SecuTix refunds an order that is not sold). `expired` tells a run-out hold from a buyer's cancellation.
 */
export function abandon(world: OrderWorld, order: SimOrder, expired: boolean): void {
  releaseLines(world.state, order.lines);
  refundWalletPayments(world.wallet, order);
  order.state = 'ABANDONED';
  if (expired) order.expiredAt = world.now();
}

/** Closing: the held lines are sold (their seats stay taken), the order is CLOSED. */
export function sell(order: SimOrder, now: number): void {
  for (const line of order.lines) if (line.state === 'RESERVED') line.state = 'SOLD';
  order.state = 'CLOSED';
  order.closedAt = now;
}

function refundWalletPayments(wallet: PaymentWallet, order: SimOrder): void {
  for (const p of order.payments) {
    if (p.paymentStatus !== 'PAID' || p.paymentMethod === 'CREDIT_CARD') continue;
    if (p.paymentMethod === 'GIFT_VOUCHER' && p.paymentIdentifier) wallet.debitVoucher(p.paymentIdentifier, -p.amount);
    else if (p.paymentMethod === 'CREDIT_BALANCE') wallet.debitCredit(order.contactNumber, -p.amount);
    p.paymentStatus = 'REFUNDED';
  }
}

export function isDue(order: SimOrder, now: number): boolean {
  return order.state === 'IN_PROGRESS' && now >= order.expiresAt;
}

/**
 * Expiry is lazy: there is no timer (the clock may be a test's), so every access to an order
 * first abandons it if its hold ran out. True when this call expired it.
 */
export function applyExpiry(world: OrderWorld, order: SimOrder): boolean {
  if (!isDue(order, world.now())) return false;
  abandon(world, order, true);
  return true;
}

/** Before seats are counted or orders listed, every run-out hold is released, not just the one asked for. */
export function expireDueOrders(world: OrderWorld, orders: readonly SimOrder[] = world.orders.all()): void {
  for (const order of orders) applyExpiry(world, order);
}
