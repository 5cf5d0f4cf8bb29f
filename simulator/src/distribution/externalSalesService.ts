import { ExternalSalesService } from '@stx/secutix-contract';
import { verifyPassword } from '../data/passwordHash';
import type { SimOrder, SimOrderLine } from '../data/orderTypes';
import type { Params } from '../protocol/normaliseParams';
import { releaseLines } from '../sales/orderExpiry';
import type { OperationContext, ResultBody, ServiceDef } from '../services/OperationDef';
import { businessError, success } from '../services/results';
import { serviceDef } from '../services/serviceDef';
import { channelCatalog, type ChannelProduct } from './channelCatalog';
import { distributionWorld, type DistributionWorld } from './distributionWorld';

/**
 * ExternalSalesService: a guess (docs/secutix/protocol.md). SecuTix runs its external sales interfaces
 * (catalog export, allotment export, sales reintegration) inside the back office; this service
 * exposes the few things an outside engine needs to do the same through a public service:
 * operator sign-in, the channel's offer, and movements on the channel's technical contact, each
 * tagged with the caller's reference. Movements are NOT idempotent: the same call twice makes
 * two orders, as SecuTix's order services do; `searchExternalMovements` lets a caller find out
 * whether a call whose answer it lost went through.
 */
const world = (ctx: OperationContext): DistributionWorld => distributionWorld(ctx.state, ctx.now);

function authenticateOperator(p: Params, ctx: OperationContext): ResultBody {
  const login = typeof p.login === 'string' ? p.login : '';
  const operator = world(ctx).operators.find((o) => o.login.toLowerCase() === login.toLowerCase());
  const institution = login.split('@')[1];
  // the same answer for an unknown login and a wrong password, so logins cannot be probed
  if (!operator || institution !== ctx.institution || typeof p.password !== 'string' || !verifyPassword(p.password, operator.passwordHash)) {
    return businessError(ctx, 'error.operator.authentication', 'unknown operator or wrong password');
  }
  return success(ctx, { operatorData: { login: operator.login, institutionCode: ctx.institution, roles: operator.roles } });
}

function getChannelCatalog(p: Params, ctx: OperationContext): ResultBody {
  const channel = world(ctx).channel(p.salesChannelCode);
  if (!channel) return businessError(ctx, 'error.invalidParameter', `no sales channel ${String(p.salesChannelCode)}`);
  return success(ctx, { salesChannel: channel, products: channelCatalog(ctx.state) });
}

function priceOf(product: ChannelProduct, audienceSubCategoryId: number, seatCategoryId: number): number | undefined {
  return product.tariffs.find((t) => t.audienceSubCategoryId === audienceSubCategoryId)?.prices.find((x) => x.seatCategoryId === seatCategoryId || x.seatCategoryId === 0)?.amount;
}

function importExternalSale(p: Params, ctx: OperationContext): ResultBody {
  const w = world(ctx);
  const channel = w.channel(p.salesChannelCode);
  if (!channel) return businessError(ctx, 'error.invalidParameter', `no sales channel ${String(p.salesChannelCode)}`);
  if (p.pointOfSalesId !== channel.pointOfSalesId) return businessError(ctx, 'error.invalidParameter', `pointOfSalesId must be the channel's (${channel.pointOfSalesId})`);
  if (p.contactNumber !== channel.technicalContactNumber) return businessError(ctx, 'error.payment.waitingAccountRefused', 'this contact may not pay by waiting account on this channel');
  if (p.paymentMethodId !== channel.waitingAccountPaymentMethodId) return businessError(ctx, 'error.invalidParameter', 'paymentMethodId must be the channel point of sale\'s waiting account');
  if (typeof p.externalReference !== 'string') return businessError(ctx, 'error.invalidParameter', 'externalReference is required');
  const products = channelCatalog(ctx.state);
  const given = (p.lines as Params[] | undefined) ?? [];
  if (given.length === 0) return businessError(ctx, 'error.invalidParameter', 'lines are required');
  const lines: SimOrderLine[] = [];
  for (const l of given) {
    const product = products.find((x) => x.performances.some((perf) => perf.performanceId === l.performanceId));
    const amount = product && priceOf(product, l.audienceSubCategoryId as number, l.seatCategoryId as number);
    if (!product || amount === undefined) return businessError(ctx, 'error.order.priceNotFound', `no tariff ${String(l.audienceSubCategoryId)} for performance ${String(l.performanceId)}`);
    lines.push({
      operationId: ctx.orders.newOperationId(), productId: product.productId, performanceId: l.performanceId as number, seatCategoryId: l.seatCategoryId as number,
      audienceSubCategoryId: l.audienceSubCategoryId as number, quantity: 1, unitPrice: amount, state: 'SOLD',
      seats: l.row ? [{ area: 'CONTINGENT', block: String(l.block ?? ''), row: String(l.row), number: String(l.number ?? '') }] : undefined,
    });
  }
  for (const line of lines) ctx.state.sell(line.performanceId!, line.seatCategoryId, 1);
  const now = ctx.now();
  const total = lines.reduce((s, l) => s + l.unitPrice, 0);
  const order: SimOrder = {
    orderId: ctx.orders.newOrderId(), secretId: ctx.orders.newSecretId(), contactNumber: channel.technicalContactNumber, state: 'CLOSED', createdAt: now, expiresAt: now, closedAt: now, lines,
    payments: [{ paymentId: ctx.orders.newPaymentId(), paymentMethodId: channel.waitingAccountPaymentMethodId, paymentMethod: 'WAITING_ACCOUNT', amount: total, paymentStatus: 'PAID' }],
  };
  ctx.orders.save(order);
  const operationIds = lines.map((l) => l.operationId);
  w.movements.push({ kind: 'SALE', externalReference: p.externalReference, orderId: order.orderId, operationIds, at: now });
  return success(ctx, { externalMovement: { orderId: order.orderId, operationIds, amount: total } });
}

function soldOrder(p: Params, ctx: OperationContext): { order: SimOrder } | { refusal: ResultBody } {
  const order = typeof p.orderId === 'number' ? ctx.orders.get(p.orderId) : undefined;
  if (!order) return { refusal: businessError(ctx, 'error.order.notFound', `no order ${String(p.orderId)}`) };
  if (typeof p.externalReference !== 'string') return { refusal: businessError(ctx, 'error.invalidParameter', 'externalReference is required') };
  if (!world(ctx).channels.some((c) => c.technicalContactNumber === order.contactNumber)) return { refusal: businessError(ctx, 'error.invalidParameter', 'not an order of a distribution channel') };
  return { order };
}

function refundExternalSale(p: Params, ctx: OperationContext): ResultBody {
  const found = soldOrder(p, ctx);
  if ('refusal' in found) return found.refusal;
  const { order } = found;
  const ids = new Set((p.operationIds as number[] | undefined) ?? []);
  const lines = order.lines.filter((l) => ids.has(l.operationId));
  if (lines.length === 0 || lines.some((l) => l.state !== 'SOLD')) return businessError(ctx, 'error.order.notModifiable', 'these operations are not sold (already refunded?)');
  releaseLines(ctx.state, lines, 'SOLD');
  if (order.lines.every((l) => l.state === 'CANCELLED')) order.state = 'CANCELLED';
  world(ctx).movements.push({ kind: 'REFUND', externalReference: p.externalReference as string, orderId: order.orderId, operationIds: [...ids], at: ctx.now() });
  return success(ctx, { externalMovement: { orderId: order.orderId, operationIds: [...ids], amount: -lines.reduce((s, l) => s + l.unitPrice, 0) } });
}

function duplicateExternalTicket(p: Params, ctx: OperationContext): ResultBody {
  const found = soldOrder(p, ctx);
  if ('refusal' in found) return found.refusal;
  const { order } = found;
  const line = order.lines.find((l) => l.operationId === p.operationId);
  if (!line || line.state !== 'SOLD') return businessError(ctx, 'error.order.notModifiable', 'no sold operation to duplicate');
  world(ctx).movements.push({ kind: 'DUPLICATE', externalReference: p.externalReference as string, orderId: order.orderId, operationIds: [line.operationId], at: ctx.now() });
  return success(ctx, { externalMovement: { orderId: order.orderId, operationIds: [line.operationId], amount: 0 } });
}

function searchExternalMovements(p: Params, ctx: OperationContext): ResultBody {
  const found = world(ctx).movements.filter((m) => m.externalReference === p.externalReference);
  return success(ctx, { movements: found.map(({ kind, externalReference, orderId, operationIds }) => ({ kind, externalReference, orderId, operationIds })) });
}

export const externalSalesService: ServiceDef = serviceDef(ExternalSalesService, {
  authenticateOperator: { params: { login: 'string', password: 'text' }, handle: authenticateOperator },
  getChannelCatalog: { params: { salesChannelCode: 'string' }, handle: getChannelCatalog },
  importExternalSale: {
    params: {
      salesChannelCode: 'string', pointOfSalesId: 'number', contactNumber: 'string', paymentMethodId: 'number', externalReference: 'string',
      lines: { list: { performanceId: 'number', seatCategoryId: 'number', audienceSubCategoryId: 'number', block: 'string', row: 'string', number: 'string' } },
    },
    handle: importExternalSale,
  },
  refundExternalSale: { params: { orderId: 'number', operationIds: 'number[]', externalReference: 'string' }, handle: refundExternalSale },
  duplicateExternalTicket: { params: { orderId: 'number', operationId: 'number', externalReference: 'string' }, handle: duplicateExternalTicket },
  searchExternalMovements: { params: { externalReference: 'string' }, handle: searchExternalMovements },
});
