import { codedError } from '@stx/subgraph-kit';
import type { ContactResolvers } from '../__generated__/resolvers';
import { requireContact } from './requireContact';

export const Contact: ContactResolvers = {
  __resolveReference: (ref) => ({ contactNumber: String(ref.contactNumber) }),
  async tickets(c, { upcoming }, ctx) {
    if (c.contactNumber !== requireContact(ctx)) throw codedError('FORBIDDEN', 'These tickets are not yours.');
    const tickets = await ctx.fulfilment.getTicketsOfContact(c.contactNumber, upcoming !== false);
    return tickets.filter((t) => t.contactNumber === c.contactNumber);
  },
};
