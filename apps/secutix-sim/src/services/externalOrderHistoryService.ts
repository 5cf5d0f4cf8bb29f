import { ExternalOrderHistoryService } from '@stx/secutix-contract';
import type { ServiceDef } from './OperationDef';
import { serviceDef } from './serviceDef';
import type { Params } from '../protocol/normaliseParams';
import { expireDueOrders } from '../sales/orderExpiry';
import { orderSummaryRecord } from '../sales/orderRecords';
import type { OperationContext, ResultBody } from './OperationDef';
import { businessError, success } from './results';

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

export const externalOrderHistoryService: ServiceDef = serviceDef(ExternalOrderHistoryService, {
    searchOrders: {
      params: { contactReference: 'string', orderStates: 'string[]', paginationParameter: { object: { startPosition: 'number', maxResult: 'number' } } },
      handle: searchOrders,
    },
});
