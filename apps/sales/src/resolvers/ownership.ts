import { SecutixError, type OrderDetailsRecord } from '@stx/secutix-client';
import { buyerOf, buyerReaches, codedError } from '@stx/subgraph-kit';
import type { SalesContext } from '../context';

const ORDER_ID = /^\d{1,18}$/;

/** The caller's verified contact number, or UNAUTHENTICATED. Never taken from input. */
export function requireContact(ctx: SalesContext): string {
  const contactNumber = ctx.identity.contactNumber;
  if (!contactNumber) throw codedError('UNAUTHENTICATED', 'Log in to see or change orders.');
  return contactNumber;
}

/** The contact whose orders the caller acts on: logged in, or a guest at checkout (guest token). */
export function requireBuyer(ctx: SalesContext): string {
  const buyer = buyerOf(ctx.identity);
  if (!buyer) throw codedError('UNAUTHENTICATED', 'Log in, or start a guest checkout (createGuestContact), to see or change orders.');
  return buyer.contactNumber;
}

/**
 * One of the caller's own orders (a guest's while it is open). Another contact's order answers
 * exactly like an unknown one, so ids cannot be probed.
 */
export async function loadOwnOrder(ctx: SalesContext, id: string, options: { closingStep?: boolean } = {}): Promise<OrderDetailsRecord | undefined> {
  requireBuyer(ctx);
  const found = buyerOf(ctx.identity)!;
  // closeOrder is a guest's last step even when its card payment already closed the order
  const buyer = options.closingStep ? { ...found, guest: false } : found;
  if (!ORDER_ID.test(id)) return undefined;
  try {
    const order = await ctx.orderLoader.load(Number(id));
    return buyerReaches(buyer, order) ? order : undefined;
  } catch (err) {
    if (err instanceof SecutixError && err.kind === 'BUSINESS') return undefined;
    throw err;
  }
}
