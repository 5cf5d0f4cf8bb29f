import { ExternalOrderFacade } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { SimOrder } from '../data/orderTypes';
import type { Params } from '../protocol/normaliseParams';
import { modifiableOrder } from '../sales/modifiableOrder';
import { holdItems, newOrder } from '../sales/holdItems';
import { expireDueOrders } from '../sales/orderExpiry';
import { orderUpdateRecord } from '../sales/orderRecords';
import { priceOrderItems } from '../sales/priceOrderItems';
import { isRefusal, refusalResult } from '../sales/salesErrors';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, checkPointOfSales, success } from './results';
import { withExpectedException } from '../sales/orderUpdateResult';

/** Documented operation lists the simulator reads but does not sell from (docs/secutix/protocol.md, Sales). */
const UNSIMULATED_LISTS = ['composedProductOperations', 'transportProductOperations', 'chargeOperations'] as const;

const attribution = { performanceId: 'number', seatCategoryId: 'number', audienceSubCategoryId: 'number', quantity: 'number' } as const;
const item = { itemId: 'number', audienceSubCategoryId: 'number', quantity: 'number' } as const;

/**
 * Creates an order (no orderId) or adds to an open one, holding the seats at once. Everything is
 * checked before the first seat is held, so a refusal leaves the stock and the order as they were.
 * Each change renews the hold of the whole order.
 */
function createOrUpdateOrder(p: Params, ctx: OperationContext): ResultBody {
  const posError = checkPointOfSales(ctx, p.pointOfSalesId);
  if (posError) return posError;
  if (p.orderType !== undefined && p.orderType !== 'SALE') return businessError(ctx, 'error.invalidParameter', 'only orderType SALE is simulated');
  const contactNumber = (p.purchasersInfo as Params[] | undefined)?.[0]?.contactReference;
  if (typeof contactNumber !== 'string') return businessError(ctx, 'error.invalidParameter', 'purchasersInfo[0].contactReference is required');
  if (!ctx.contacts.get(contactNumber)) return businessError(ctx, 'error.contact.notFound', `no contact ${contactNumber}`);
  // run-out holds of every order go back first, so the seats they held can be sold here
  expireDueOrders(ctx);

  let order: SimOrder | undefined;
  if (p.orderId !== undefined) {
    const found = modifiableOrder(ctx, p.orderId);
    if (isRefusal(found)) return refusalResult(ctx, found);
    if (found.contactNumber !== contactNumber) return businessError(ctx, 'error.invalidParameter', `order ${found.orderId} belongs to another contact`);
    order = found;
  }
  const unsimulated = UNSIMULATED_LISTS.find((list) => ((p[list] as Params[] | undefined) ?? []).length > 0);
  if (unsimulated) return businessError(ctx, 'error.invalidParameter', `${unsimulated} are not simulated`);
  const operations = { singleEntry: (p.singleEntryAttributionOperations as Params[] | undefined) ?? [], simple: (p.simpleProductOperations as Params[] | undefined) ?? [] };
  const items = priceOrderItems(ctx.state, ctx.now(), operations, order);
  if (isRefusal(items)) return refusalResult(ctx, items);

  const now = ctx.now();
  order ??= newOrder(ctx.orders, contactNumber, now);
  const added = holdItems(order, items, ctx, now, ctx.orderHoldMs);
  return success(ctx, { orderUpdateData: orderUpdateRecord(order, added, []) });
}

export const externalOrderFacade: ServiceDef = serviceDef(ExternalOrderFacade, {
  createOrUpdateOrder: {
    params: {
      pointOfSalesId: 'number',
      orderId: 'number',
      orderType: 'string',
      purchasersInfo: { list: { contactReference: 'string' } },
      singleEntryAttributionOperations: { list: { operationAttributions: { object: attribution }, preferedAreas: 'number' } },
      simpleProductOperations: { list: item },
      composedProductOperations: { list: { productId: 'number', audienceSubCategoryId: 'number', quantity: 'number' } },
      transportProductOperations: { list: item },
      chargeOperations: { list: { chargeId: 'number', amount: 'number' } },
    },
    handle: withExpectedException(createOrUpdateOrder),
  },
});
