import type { OrderDetailsRecord } from '@stx/secutix-client';
import { businessRefusal } from '@stx/errors';
import { buyerReaches } from '@stx/identity';
import { parseSecutixId, requireBuyer } from '@stx/domain-rules';
import type { SalesContext } from '../context';

/**
 * One of the caller's own orders (a guest's while it is open). Another contact's order answers
 * exactly like an unknown one, so ids cannot be probed.
 */
export async function loadOwnOrder(ctx: SalesContext, id: string, options: { closingStep?: boolean } = {}): Promise<OrderDetailsRecord | undefined> {
  const found = requireBuyer(ctx.identity);
  // closeOrder is a guest's last step even when its card payment already closed the order
  const buyer = options.closingStep ? { ...found, guest: false } : found;
  const orderId = parseSecutixId(id);
  if (orderId === undefined) return undefined;
  try {
    const order = await ctx.orderLoader.load(orderId);
    return buyerReaches(buyer, order) ? order : undefined;
  } catch (err) {
    if (businessRefusal(err) !== undefined) return undefined;
    throw err;
  }
}
