import { iso } from '../data/dates';
import { ResultMap } from '../protocol/ResultMap';
import type { SimOrder, SimOrderLine, SimPayment } from '../data/orderTypes';
import { lineTotal, saleAmount, shipmentChargeAmount } from './orderAmounts';
import { ORGANIZATION_TIME_ZONE } from '../services/posConfig';

/** The simulated institution sells in one currency (getPOSConfig's). */
export const CURRENCY_CODE = 'EUR';

/**
 * SecuTix's CurrencyCash: amounts in thousandths, two decimals shown, one cent (10) the smallest amount;
 * no `availableCash` (the coins a cash desk counts): the web channel takes no cash [ours].
 */
export function catalogCurrency(): Record<string, unknown> {
  return { availableCash: [], currencyCode: CURRENCY_CODE, fractionDigit: 2, minAmount: 10, symbol: '€' };
}

/** Orders come through the API of the web shop's channel [ours: SecuTix's origin codes are not public]. */
export function orderOrigin(): Record<string, unknown> {
  return { idCode: 'INTERNET', toCreateToken: false };
}

/** One movement per line [ours]: movement ids are the operation id + 3 000 000 (10 000 001 and up). */
export function movementRecord(line: SimOrderLine): Record<string, unknown> {
  return { movementId: line.operationId + 3_000_000, operationId: line.operationId, type: 'SALE', instanceNumber: 1, resumed: false, transferable: true };
}

/**
 * OperationData as getOrderDetails and createOrUpdateOrder show it (docs/secutix/protocol.md, Sales):
 * SecuTix's published fields (`type`, `basePrice`, `product`, `productCode`, as its sample
 * createOrUpdateOrder answer and order webhook show them) beside ours (`kind`, `seats`, `state`).
 */
export function operationRecord(line: SimOrderLine, order: SimOrder): Record<string, unknown> {
  return {
    operationId: line.operationId,
    // PRE_SALE while the order is open (SecuTix's sample); SALE once sold [ours: the closed value is not published]
    type: order.state === 'IN_PROGRESS' ? 'PRE_SALE' : 'SALE',
    product: line.productName,
    productCode: line.productCode,
    // one file (SecuTix's dossier) per order [ours]: the file id is the order id
    fileId: order.orderId,
    kind: line.performanceId === undefined ? 'SIMPLE_PRODUCT' : 'SINGLE_ENTRY',
    productId: line.productId,
    performanceId: line.performanceId,
    seatCategoryId: line.seatCategoryId,
    itemId: line.performanceId === undefined ? line.productId : undefined,
    audienceSubCategoryId: line.audienceSubCategoryId,
    // [ours] the seats SecuTix assigned when the order was sold; none before, none without a performance
    seats: (line.seats ?? []).map((seat) => ({ ...seat })),
    quantity: line.quantity,
    // no discounts in the simulator: the base price is the price paid
    basePrice: line.unitPrice,
    unitPrice: line.unitPrice,
    totalAmount: lineTotal(line),
    state: line.state,
  };
}

/**
 * PaymentDetail as checkPayment answers it (the reference's class, docs/secutix/contract.md): the
 * payment method as its record from getPOSConfig, the card fields absent until the hosted page is
 * paid [ours: the simulator keeps no card data], one payer, no installments.
 */
export function paymentDetailRecord(p: SimPayment, order: SimOrder, method: Record<string, unknown> | undefined, now: number): Record<string, unknown> {
  return {
    paymentId: p.paymentId, orderId: order.orderId, paymentMethodId: p.paymentMethodId, paymentMethod: method, amount: p.amount,
    catalogCurrency: catalogCurrency(), paymentStatus: p.paymentStatus, externalUrl: p.externalUrl, paymentIdentifier: p.paymentIdentifier,
    paymentDate: iso(now), paymentLastUpdated: iso(now), isInstallment: false, payerContact: true, contactNumber: order.contactNumber,
  };
}

/** OrderPayment, getOrderDetails' line of a payment. */
export function paymentRecord(p: SimPayment): Record<string, unknown> {
  return { paymentId: p.paymentId, paymentMethodId: p.paymentMethodId, paymentMethod: p.paymentMethod, amount: p.amount, paymentStatus: p.paymentStatus, externalUrl: p.externalUrl, paymentIdentifier: p.paymentIdentifier };
}

/**
 * The expiration date is shown while the hold runs, after it ran out, and on a sold order (as
 * SecuTix's order webhook shows a CLOSED order's), never for an order the buyer abandoned: a
 * passed date on an abandoned order is how a reader tells EXPIRED apart.
 */
function expirationDate(order: SimOrder): string | undefined {
  return order.state === 'IN_PROGRESS' || order.state === 'CLOSED' || order.expiredAt !== undefined ? iso(order.expiresAt) : undefined;
}

/** The day an order counts for: midnight of its creation day in the institution's time zone (getPOSConfig's), as an instant. */
export function referenceDate(createdAt: number, timeZone = ORGANIZATION_TIME_ZONE): string {
  const day = wallClock(createdAt, timeZone);
  const midnightAsUtc = Date.UTC(day.year, day.month - 1, day.day);
  // the zone's offset at midnight itself, not at the order's time: a daylight-saving change may lie between
  const guess = midnightAsUtc - offsetMs(createdAt, timeZone);
  return iso(midnightAsUtc - offsetMs(guess, timeZone));
}

function wallClock(ms: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** how far the zone's clocks are ahead of UTC at that instant */
function offsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

export function orderDetailsRecord(order: SimOrder): Record<string, unknown> {
  const amount = saleAmount(order);
  return {
    orderId: order.orderId,
    orderSecretId: order.secretId,
    orderState: order.state,
    orderType: 'SALE',
    creationDateTime: iso(order.createdAt),
    referenceDate: referenceDate(order.createdAt),
    expirationDate: expirationDate(order),
    saleAmount: amount,
    // what is still pre-sold: all of it while open, nothing once sold (SecuTix's webhook: a CLOSED order's is 0);
    // no discounts, reservations, options or pending account in the simulator: explicit zeros
    preSaleAmount: order.state === 'IN_PROGRESS' ? amount : 0,
    reservationAmount: 0,
    optionAmount: 0,
    waitingAccountBalanceAmount: 0,
    catalogCurrency: catalogCurrency(),
    contactReference: order.contactNumber,
    orderOriginData: orderOrigin(),
    orderOriginator: 'EXTERNAL_SALE',
    salesChannelCode: 'INTERNET',
    salesChannelName: 'Internet',
    movementDatas: order.lines.map(movementRecord),
    operationDatas: order.lines.map((line) => operationRecord(line, order)),
    payments: order.payments.map(paymentRecord),
    charges: chargeRecords(order),
  };
}

/**
 * OrderUpdateData after a change: the lines added (with their movements) and the ones removed.
 * `mainOperationId` is the first added line's [ours]; no contact qualities are generated.
 */
export function orderUpdateRecord(order: SimOrder, added: SimOrderLine[], removed: SimOrderLine[]): Record<string, unknown> {
  return {
    orderId: order.orderId,
    orderSecretId: order.secretId,
    catalogCurrency: catalogCurrency(),
    mainOperationId: added[0]?.operationId,
    origin: orderOrigin(),
    // [R: a Map of String to ContactQuality] empty: the simulator generates no contact quality
    generatedContactQualities: new ResultMap(),
    // seats side by side across performances: the simulator attributes none [ours]
    generatedContiguities: [],
    movementDataUpdates: added.map(movementRecord),
    operationDataUpdates: added.map((line) => operationRecord(line, order)),
    removeOperationIds: removed.map((l) => l.operationId),
    removeMovementIds: removed.map((l) => l.operationId + 3_000_000),
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
