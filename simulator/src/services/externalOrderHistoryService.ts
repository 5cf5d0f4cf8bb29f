import { ExternalOrderHistoryService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { Params } from '../protocol/normaliseParams';
import { expireDueOrders } from '../sales/orderExpiry';
import { orderSummaryRecord } from '../sales/orderRecords';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, success } from './results';
import { ticketSummaries } from '../sales/ticketSummaries';

/** listTicketsByCriteria's default and largest page (docs/secutix/protocol.md) */
const TICKET_PAGE = 5000;

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;

/**
 * A contact's orders, newest first, one page at a time. `orderStates` filters on the states the
 * simulator knows (IN_PROGRESS, CLOSED, ABANDONED); other values match nothing rather than fail.
 */
function searchOrders(p: Params, ctx: OperationContext): ResultBody {
  const contactNumber = p.contactReference;
  if (typeof contactNumber !== 'string') return businessError(ctx, 'error.invalidParameter', 'contactReference is required');
  if (!ctx.contacts.get(contactNumber)) return businessError(ctx, 'error.contact.notFound', `no contact ${contactNumber}`);
  const page = (p.paginationParameter as Params | undefined) ?? {};
  const start = (page.startPosition as number | undefined) ?? 0;
  const size = (page.maxResult as number | undefined) ?? DEFAULT_PAGE;
  if (start < 0 || size < 0 || size > MAX_PAGE) return businessError(ctx, 'error.invalidParameter', `startPosition must be 0 or more and maxResult between 0 and ${MAX_PAGE}`);

  const mine = ctx.orders.ofContact(contactNumber);
  expireDueOrders(ctx, mine);
  const states = p.orderStates as string[] | undefined;
  const matching = mine
    .filter((o) => !states?.length || states.includes(o.state))
    .sort((a, b) => b.createdAt - a.createdAt || b.orderId - a.orderId);
  return success(ctx, { totalCount: matching.length, orderSummaries: matching.slice(start, start + size).map(orderSummaryRecord) });
}

/**
 * The tickets of orders closed between `startDate` and `endDate` (mandatory), optionally of one
 * product, in order of closing; `truncated` when the page could not hold them all.
 */
function listTicketsByCriteria(p: Params, ctx: OperationContext): ResultBody {
  const criteria = (p.ticketFilterCriteria as Params | undefined) ?? {};
  const from = Date.parse(String(criteria.startDate ?? ''));
  const to = Date.parse(String(criteria.endDate ?? ''));
  if (Number.isNaN(from) || Number.isNaN(to)) return businessError(ctx, 'error.invalidParameter', 'ticketFilterCriteria.startDate and endDate (ISO-8601) are required');
  const page = (p.paginationParameter as Params | undefined) ?? {};
  const start = (page.startPosition as number | undefined) ?? 0;
  const size = (page.maxResult as number | undefined) ?? TICKET_PAGE;
  if (start < 0 || size < 1 || size > TICKET_PAGE) return businessError(ctx, 'error.invalidParameter', `startPosition must be 0 or more and maxResult between 1 and ${TICKET_PAGE}`);
  const productId = criteria.productId as number | undefined;
  const sold = ctx.orders
    .all()
    .filter((o) => o.closedAt !== undefined && o.closedAt >= from && o.closedAt <= to)
    .sort((a, b) => a.closedAt! - b.closedAt! || a.orderId - b.orderId)
    .flatMap((o) => ticketSummaries(ctx.state, o, productId));
  return success(ctx, { truncated: sold.length > start + size, ticketSummaries: sold.slice(start, start + size) });
}

export const externalOrderHistoryService: ServiceDef = serviceDef(ExternalOrderHistoryService, {
  searchOrders: {
    params: { contactReference: 'string', orderStates: 'string[]', paginationParameter: { object: { startPosition: 'number', maxResult: 'number' } } },
    handle: searchOrders,
  },
  listTicketsByCriteria: {
    params: {
      ticketFilterCriteria: { object: { pointOfSalesId: 'number', productId: 'number', startDate: 'string', endDate: 'string' } },
      paginationParameter: { object: { startPosition: 'number', maxResult: 'number' } },
    },
    handle: listTicketsByCriteria,
  },
});
