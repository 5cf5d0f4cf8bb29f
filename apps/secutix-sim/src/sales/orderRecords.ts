import { iso } from '../data/dates';
import type { SimOrder, SimOrderLine, SimPayment } from '../data/orderTypes';
import { lineTotal, saleAmount, shipmentChargeAmount } from './orderAmounts';

/** The simulated institution sells in one currency (getPOSConfig's). */
export const CURRENCY_CODE = 'EUR';

/** OperationData as getOrderDetails and createOrUpdateOrder show it (PROTOCOL.md, Sales). */
export function operationRecord(line: SimOrderLine): Record<string, unknown> {
  return {
    operationId: line.operationId,
    kind: 'SINGLE_ENTRY',
    productId: line.productId,
    performanceId: line.performanceId,
    seatCategoryId: line.seatCategoryId,
    audienceSubCategoryId: line.audienceSubCategoryId,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    totalAmount: lineTotal(line),
    state: line.state,
  };
}

export function paymentRecord(p: SimPayment): Record<string, unknown> {
  return { paymentId: p.paymentId, paymentMethodId: p.paymentMethodId, paymentMethod: p.paymentMethod, amount: p.amount, paymentStatus: p.paymentStatus, externalUrl: p.externalUrl, paymentIdentifier: p.paymentIdentifier };
}

/**
 * The expiration date is shown while the hold runs and after it ran out, never for an order
 * the buyer abandoned or that was closed: a passed date is how a reader tells EXPIRED apart.
 */
function expirationDate(order: SimOrder): string | undefined {
  return order.state === 'IN_PROGRESS' || order.expiredAt !== undefined ? iso(order.expiresAt) : undefined;
}

export function orderDetailsRecord(order: SimOrder): Record<string, unknown> {
  return {
    orderId: order.orderId,
    orderState: order.state,
    orderType: 'SALE',
    creationDateTime: iso(order.createdAt),
    expirationDate: expirationDate(order),
    saleAmount: saleAmount(order),
    catalogCurrency: { currencyCode: CURRENCY_CODE },
    contactReference: order.contactNumber,
    operationDatas: order.lines.map(operationRecord),
    payments: order.payments.map(paymentRecord),
    charges: chargeRecords(order),
  };
}

/**
 * The order's charges besides its tickets [ours: shape]: the delivery chosen with
 * changeShipmentMode, `{ chargeType: "SHIPMENT", shipmentModeId, amount }`, counted in saleAmount.
 */
function chargeRecords(order: SimOrder): Record<string, unknown>[] {
  if (!order.shipmentCharge) return [];
  return [{ chargeType: 'SHIPMENT', shipmentModeId: order.shipmentCharge.shipmentModeId, amount: shipmentChargeAmount(order) }];
}

export function orderSummaryRecord(order: SimOrder): Record<string, unknown> {
  return { orderId: order.orderId, orderState: order.state, creationDateTime: iso(order.createdAt), saleAmount: saleAmount(order), currencyCode: CURRENCY_CODE };
}
