import { codedError } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';
import type { TicketsContext } from '../context';

const STATES = new Set(['VALID', 'PRINTED', 'CANCELLED', 'INVALIDATED', 'CONTROLLED']);

function requireContact(ctx: TicketsContext): string {
  if (!ctx.identity.contactNumber) throw codedError('UNAUTHENTICATED', 'Log in to see tickets.');
  return ctx.identity.contactNumber;
}

export const resolvers: Resolvers = {
  Order: {
    __resolveReference: (ref) => ({ id: String(ref.id) }),
    /** only tickets held by the caller: another contact's order shows none, whatever id is asked */
    async tickets(o, _a, ctx) {
      const contactNumber = requireContact(ctx);
      if (!/^\d{1,18}$/.test(o.id)) return [];
      return (await ctx.ticketsOfOrder.load(Number(o.id))).filter((t) => t.contactNumber === contactNumber);
    },
  },
  Contact: {
    __resolveReference: (ref) => ({ contactNumber: String(ref.contactNumber) }),
    async tickets(c, { upcoming }, ctx) {
      if (c.contactNumber !== requireContact(ctx)) throw codedError('FORBIDDEN', 'These tickets are not yours.');
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
    documentUrl: (t, _a, ctx) => ctx.links.url('ticket.pdf', t.ticketId, requireContact(ctx), ctx.now),
    barcodeImageUrl: (t, _a, ctx) => ctx.links.url('barcode.png', t.ticketId, requireContact(ctx), ctx.now),
  },
};
