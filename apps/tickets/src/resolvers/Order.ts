import { parseSecutixId, requireContact } from '@stx/domain-rules';
import type { OrderResolvers } from '../__generated__/resolvers';

export const Order: OrderResolvers = {
  __resolveReference: (ref) => ({ id: String(ref.id) }),
  /** only tickets held by the caller: another contact's order shows none, whatever id is asked */
  async tickets(o, _a, ctx) {
    const contactNumber = requireContact(ctx.identity);
    const orderId = parseSecutixId(o.id);
    if (orderId === undefined) return [];
    return (await ctx.ticketsOfOrder.load(orderId)).filter((t) => t.contactNumber === contactNumber);
  },
};
