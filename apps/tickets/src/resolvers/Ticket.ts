import { requireContact } from '@stx/domain-rules';
import type { TicketResolvers } from '../__generated__/resolvers';

const STATES = new Set(['VALID', 'PRINTED', 'CANCELLED', 'INVALIDATED', 'CONTROLLED']);

export const Ticket: TicketResolvers = {
  id: (t) => String(t.ticketId),
  state: (t) => (STATES.has(t.state) ? t.state : 'INVALIDATED') as never,
  product: (t) => ({ id: String(t.productId) }),
  performance: (t) => (t.performanceId ? { id: String(t.performanceId) } : null),
  seat: (t) => (t.placement === 'FREE' || !t.seat ? null : { area: t.seat.area ?? null, block: t.seat.block ?? null, row: t.seat.row ?? null, number: t.seat.number ?? null }),
  holderName: (t) => t.holderName ?? null,
  documentUrl: (t, _a, ctx) => ctx.links.url('ticket.pdf', t.ticketId, requireContact(ctx.identity), ctx.now),
  barcodeImageUrl: (t, _a, ctx) => ctx.links.url('barcode.png', t.ticketId, requireContact(ctx.identity), ctx.now),
};
