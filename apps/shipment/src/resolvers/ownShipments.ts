import { businessRefusal } from '@stx/errors';
import { buyerReaches } from '@stx/identity';
import { parseSecutixId, requireBuyer } from '@stx/domain-rules';
import type { ShipmentContext } from '../context';

/**
 * The shipments of one of the caller's own orders (a guest's only while the order is open, which
 * costs a guest one getOrderDetails a request); an order of another contact (or unknown) answers
 * undefined, exactly alike, so no id can be probed through this subgraph either.
 */
export async function ownShipments(ctx: ShipmentContext, orderId: string) {
  const buyer = requireBuyer(ctx.identity);
  const id = parseSecutixId(orderId);
  if (id === undefined) return undefined;
  try {
    const shipments = await ctx.shipmentsOfOrder.load(id);
    if (shipments.length === 0 || !shipments.every((s) => s.contactNumber === buyer.contactNumber)) return undefined;
    if (buyer.guest && !buyerReaches(buyer, await ctx.orderDetails.load(id))) return undefined;
    return shipments;
  } catch (err) {
    if (businessRefusal(err) !== undefined) return undefined;
    throw err;
  }
}
