import type { OrderResolvers } from '../__generated__/resolvers';
import { requireContact } from './requireContact';

export const Order: OrderResolvers = {
  __resolveReference: (ref) => ({ id: String(ref.id) }),
  /** only tickets held by the caller: another contact's order shows none, whatever id is asked */
  async tickets(o, _a, ctx) {
    const contactNumber = requireContact(ctx);
    if (!/^\d{1,18}$/.test(o.id)) return [];
    return (await ctx.ticketsOfOrder.load(Number(o.id))).filter((t) => t.contactNumber === contactNumber);
  },
};
