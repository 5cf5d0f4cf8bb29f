import { ExternalOrderService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { Params } from '../protocol/normaliseParams';
import { checkClosePayments, debitWallet } from '../sales/checkClosePayments';
import { modifiableOrder } from '../sales/modifiableOrder';
import { abandon, applyExpiry, releaseLines, sell } from '../sales/orderExpiry';
import { orderDetailsRecord, orderUpdateRecord } from '../sales/orderRecords';
import { assignSeatsOnClosing } from '../fulfilment/assignSeatsOnClosing';
import { withExpectedException } from '../sales/orderUpdateResult';
import type { SimOrder, SimOrderLine } from '../data/orderTypes';
import { isRefusal, refusalResult } from '../sales/salesErrors';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, success } from './results';
import { orderFileOperations } from './orderFileOperations';

function getOrderDetails(p: Params, ctx: OperationContext): ResultBody {
  const order = typeof p.orderId === 'number' ? ctx.orders.get(p.orderId) : undefined;
  if (!order) return businessError(ctx, 'error.order.notFound', `no order ${p.orderId ?? ''}`.trim());
  applyExpiry(ctx, order);
  return success(ctx, { orderDetailsData: orderDetailsRecord(order) });
}

/** The order after a change, as SecuTix's OrderUpdateResult carries it (a subset). */
function updated(ctx: OperationContext, order: SimOrder, removed: SimOrderLine[]): ResultBody {
  return success(ctx, { orderUpdateData: orderUpdateRecord(order, [], removed) });
}

/** Removes lines from an open order, giving their seats back; lines already cancelled are left as they are. */
function cancelOperations(p: Params, ctx: OperationContext): ResultBody {
  const order = modifiableOrder(ctx, p.orderId);
  if (isRefusal(order)) return refusalResult(ctx, order);
  const ids = (p.operationIds as number[] | undefined) ?? [];
  if (ids.length === 0) return businessError(ctx, 'error.invalidParameter', 'operationIds must name at least one operation');
  const lines = ids.map((id) => order.lines.find((l) => l.operationId === id));
  const unknown = ids.filter((_, i) => !lines[i]);
  if (unknown.length) return businessError(ctx, 'error.invalidParameter', `operations ${unknown.join(', ')} are not in order ${order.orderId}`);
  const removed = lines.filter((l) => l !== undefined);
  releaseLines(ctx.state, removed);
  return updated(ctx, order, removed);
}

/** The buyer gives the whole order up: every held seat goes back; `movementIds` are not simulated. */
function abandonMovements(p: Params, ctx: OperationContext): ResultBody {
  const order = modifiableOrder(ctx, p.orderId);
  if (isRefusal(order)) return refusalResult(ctx, order);
  const removed = order.lines.filter((l) => l.state === 'RESERVED');
  abandon(ctx, order, false);
  return updated(ctx, order, removed);
}

/**
 * Pays what is left with vouchers or credit and sells the held seats. Every check (order,
 * purchaser, each payment, the total) comes before any balance or line changes.
 */
function closeOrder(p: Params, ctx: OperationContext): ResultBody {
  const order = modifiableOrder(ctx, p.orderId);
  if (isRefusal(order)) return refusalResult(ctx, order);
  const purchaser = (p.purchaserInfo as Params | undefined)?.contactReference;
  if (purchaser !== undefined && purchaser !== order.contactNumber) return businessError(ctx, 'error.invalidParameter', 'purchaserInfo.contactReference is not the order\'s contact');
  const payments = checkClosePayments(order, (p.payments as Params[] | undefined) ?? [], ctx.wallet, ctx.institution, ctx.now());
  if (isRefusal(payments)) return refusalResult(ctx, payments);

  debitWallet(order, payments, ctx.wallet);
  for (const pay of payments) order.payments.push({ paymentId: ctx.orders.newPaymentId(), ...pay, paymentStatus: 'PAID' });
  sell(order, ctx.now());
  assignSeatsOnClosing(order, ctx);
  return success(ctx, { orderData: { orderId: order.orderId, orderState: order.state } });
}

export const externalOrderService: ServiceDef = serviceDef(ExternalOrderService, {
  getOrderDetails: { params: { orderId: 'number' }, handle: getOrderDetails },
  cancelOperations: { params: { orderId: 'number', operationIds: 'number[]' }, handle: withExpectedException(cancelOperations) },
  abandonMovements: { params: { orderId: 'number', movementIds: 'number[]' }, handle: withExpectedException(abandonMovements) },
  closeOrder: {
    params: {
      orderId: 'number',
      purchaserInfo: { object: { contactReference: 'string' } },
      payments: { list: { paymentMethodId: 'number', amount: 'number', paymentIdentifier: 'string' } },
    },
    handle: closeOrder,
  },
  ...orderFileOperations,
});
