import { requireSelf } from '@stx/domain-rules';
import type { ContactResolvers } from '../__generated__/resolvers';

export const Contact: ContactResolvers = {
  __resolveReference: (ref) => ({ contactNumber: String(ref.contactNumber) }),
  async tickets(c, { upcoming }, ctx) {
    requireSelf(ctx.identity, c.contactNumber);
    const tickets = await ctx.fulfilment.getTicketsOfContact(c.contactNumber, upcoming !== false);
    return tickets.filter((t) => t.contactNumber === c.contactNumber);
  },
};
