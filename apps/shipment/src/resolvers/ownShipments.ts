import { SecutixError } from '@stx/secutix-client';
import { buyerOf, buyerReaches, codedError, type Buyer } from '@stx/subgraph-kit';
import type { ShipmentContext } from '../context';

export const ID = /^\d{1,18}$/;

export function requireBuyer(ctx: ShipmentContext): Buyer {
  const buyer = buyerOf(ctx.identity);
  if (!buyer) throw codedError('UNAUTHENTICATED', 'Log in, or start a guest checkout, to see or change deliveries.');
  return buyer;
}

/**
 * The shipments of one of the caller's own orders (a guest's only while the order is open, which
 * costs a guest one getOrderDetails); an order of another contact (or unknown) answers
 * undefined, exactly alike, so no id can be probed through this subgraph either.
 */
export async function ownShipments(ctx: ShipmentContext, orderId: string) {
  const buyer = requireBuyer(ctx);
  if (!ID.test(orderId)) return undefined;
  try {
    const shipments = await ctx.shipmentsOfOrder.load(Number(orderId));
    if (shipments.length === 0 || !shipments.every((s) => s.contactNumber === buyer.contactNumber)) return undefined;
    if (buyer.guest && !buyerReaches(buyer, await ctx.orders.getOrderDetails(Number(orderId)))) return undefined;
    return shipments;
  } catch (err) {
    if (err instanceof SecutixError && err.kind === 'BUSINESS') return undefined;
    throw err;
  }
}
