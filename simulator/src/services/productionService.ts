import { ProductionPublicService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import { orderTickets, type TicketView } from '../fulfilment/orderTickets';
import { ticketDocument } from '../fulfilment/ticketDocument';
import type { Params } from '../protocol/normaliseParams';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, success } from './results';

function ticketsOfOrders(p: Params, ctx: OperationContext): ResultBody {
  const ids = [...new Set((p.orderIds as number[] | undefined) ?? [])];
  const tickets = ids.flatMap((id) => {
    const order = ctx.orders.get(id);
    return order ? orderTickets(order, ctx) : [];
  });
  return success(ctx, { tickets });
}

/**
 * Upcoming: the performance starts after now; a ticket without a performance (pass, membership)
 * stays upcoming while it can still be used.
 */
function isUpcoming(t: TicketView, ctx: OperationContext): boolean {
  if (t.performanceId === undefined) return t.state === 'VALID' || t.state === 'PRINTED';
  const start = ctx.state.catalogPerformance(t.productId, t.performanceId)?.start;
  return start !== undefined && Date.parse(start) > ctx.now();
}

function ticketsOfContact(p: Params, ctx: OperationContext): ResultBody {
  if (typeof p.contactNumber !== 'string') return businessError(ctx, 'error.invalidParameter', 'contactNumber is required');
  const all = ctx.orders.ofContact(p.contactNumber).flatMap((order) => orderTickets(order, ctx));
  return success(ctx, { tickets: p.upcomingOnly === true ? all.filter((t) => isUpcoming(t, ctx)) : all });
}

function ticketDocumentOf(p: Params, ctx: OperationContext): ResultBody {
  const issued = typeof p.ticketId === 'number' ? ctx.tickets.get(p.ticketId) : undefined;
  const order = issued && ctx.orders.get(issued.orderId);
  const ticket = order && orderTickets(order, ctx).find((t) => t.ticketId === issued.ticketId);
  if (!ticket) return businessError(ctx, 'error.notFound', `unknown ticketId ${p.ticketId ?? ''}`.trim());
  const language = ctx.contacts.get(ticket.contactNumber)?.individualContact.language;
  return success(ctx, { document: ticketDocument(ticket, ctx.state, language) });
}

/**
 * Our stand-in for ProductionPublicService, whose API SecuTix does not publish (docs/secutix/platform-facts.md#shipment):
 * the tickets of orders and contacts, and each ticket as a PDF. Designed in docs/secutix/protocol.md [ours].
 */
export const productionService: ServiceDef = serviceDef(ProductionPublicService, {
  getTicketsOfOrders: {
    params: { orderIds: 'number[]' },
    handle: ticketsOfOrders,
  },
  getTicketsOfContact: {
    params: { contactNumber: 'string', upcomingOnly: 'boolean' },
    handle: ticketsOfContact,
  },
  getTicketDocument: {
    params: { ticketId: 'number' },
    handle: ticketDocumentOf,
  },
});
