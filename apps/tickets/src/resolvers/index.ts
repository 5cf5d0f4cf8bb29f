import { parseSecutixId, requireContact, requireSelf } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';

const STATES = new Set(['VALID', 'PRINTED', 'CANCELLED', 'INVALIDATED', 'CONTROLLED']);

export const resolvers: Resolvers = {
  Order: {
    __resolveReference: (ref) => ({ id: String(ref.id) }),
    /** only tickets held by the caller: another contact's order shows none, whatever id is asked */
    async tickets(o, _a, ctx) {
      const contactNumber = requireContact(ctx.identity);
      const orderId = parseSecutixId(o.id);
      if (orderId === undefined) return [];
      return (await ctx.ticketsOfOrder.load(orderId)).filter((t) => t.contactNumber === contactNumber);
    },
  },
  Contact: {
    __resolveReference: (ref) => ({ contactNumber: String(ref.contactNumber) }),
    async tickets(c, { upcoming }, ctx) {
      requireSelf(ctx.identity, c.contactNumber);
      const tickets = await ctx.fulfilment.getTicketsOfContact(c.contactNumber, upcoming !== false);
      return tickets.filter((t) => t.contactNumber === c.contactNumber);
    },
  },
  Ticket: {
    id: (t) => String(t.ticketId),
    state: (t) => (STATES.has(t.state) ? t.state : 'INVALIDATED') as never,
    product: (t) => ({ id: String(t.productId) }),
    performance: (t) => (t.performanceId ? { id: String(t.performanceId) } : null),
    seat: (t) => (t.placement === 'FREE' || !t.seat ? null : { area: t.seat.area ?? null, block: t.seat.block ?? null, row: t.seat.row ?? null, number: t.seat.number ?? null }),
    holderName: (t) => t.holderName ?? null,
    documentUrl: (t, _a, ctx) => ctx.links.url('ticket.pdf', t.ticketId, requireContact(ctx.identity), ctx.now),
    barcodeImageUrl: (t, _a, ctx) => ctx.links.url('barcode.png', t.ticketId, requireContact(ctx.identity), ctx.now),
  },
};
