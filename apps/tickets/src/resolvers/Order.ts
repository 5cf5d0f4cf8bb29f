import { referenceById, parseSecutixId, requireContact } from '@stx/domain-rules';
import type { OrderResolvers } from '../__generated__/resolvers';

export const Order: OrderResolvers = {
  // a reference that is no SecuTix id is no order: null, at no SecuTix call
  __resolveReference: (ref) => referenceById(ref),
  /** only tickets held by the caller: another contact's order shows none, whatever id is asked */
  async tickets(o, _a, ctx) {
    const contactNumber = requireContact(ctx.identity);
    const orderId = parseSecutixId(o.id);
    if (orderId === undefined) return [];
    return (await ctx.ticketsOfOrder.load(orderId)).filter((t) => t.contactNumber === contactNumber);
  },
};
