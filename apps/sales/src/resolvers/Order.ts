import { amountDue, moneyFromThousandths, shipmentCharge } from '@stx/subgraph-kit';
import type { OrderLineResolvers, OrderPaymentResolvers, OrderResolvers } from '../__generated__/resolvers';
import { orderState, paymentMethodType, paymentRecordState, paymentState } from '../mappers/orderModels';
import { loadOwnOrder } from './ownership';

const currency = (o: { catalogCurrency?: { currencyCode: string } }) => o.catalogCurrency?.currencyCode ?? 'EUR';

export const Order: OrderResolvers = {
  async __resolveReference(ref, ctx) {
    return (await loadOwnOrder(ctx, String(ref.id))) ?? null;
  },
  id: (o) => String(o.orderId),
  state: (o, _a, ctx) => orderState(o, ctx.now),
  createdAt: (o) => o.creationDateTime ?? null,
  expiresAt: (o, _a, ctx) => (orderState(o, ctx.now) === 'OPEN' ? o.expirationDate ?? null : null),
  total: (o) => moneyFromThousandths(o.saleAmount, currency(o)),
  shipmentFee: (o) => moneyFromThousandths(shipmentCharge(o), currency(o)),
  amountDue: (o) => moneyFromThousandths(amountDue(o), currency(o)),
  paymentState: (o) => paymentState(o),
  payments: (o) => (o.payments ?? []).map((record) => ({ record, currencyCode: currency(o) })),
  lines: (o) => (o.operationDatas ?? []).filter((l) => l.state !== 'CANCELLED').map((record) => ({ record, currencyCode: currency(o) })),
};

export const OrderLine: OrderLineResolvers = {
  id: (l) => String(l.record.operationId),
  product: (l) => ({ id: String(l.record.productId) }),
  performance: (l) => (l.record.performanceId ? { id: String(l.record.performanceId) } : null),
  seatCategoryId: (l) => (l.record.seatCategoryId ? String(l.record.seatCategoryId) : null),
  seatCategory: (l) => (l.record.seatCategoryId ? { id: String(l.record.seatCategoryId) } : null),
  audienceSubCategory: (l) => ({ id: String(l.record.audienceSubCategoryId) }),
  seats: (l) => (l.record.seats ?? []).map((s) => ({ area: s.area ?? null, block: s.block ?? null, row: s.row ?? null, number: s.number === undefined ? null : String(s.number) })),
  audienceSubCategoryId: (l) => String(l.record.audienceSubCategoryId),
  quantity: (l) => l.record.quantity,
  unitPrice: (l) => moneyFromThousandths(l.record.unitPrice, l.currencyCode),
  total: (l) => moneyFromThousandths(l.record.totalAmount, l.currencyCode),
};

export const OrderPayment: OrderPaymentResolvers = {
  id: (p) => String(p.record.paymentId),
  method: (p) => paymentMethodType(p.record.paymentMethod),
  amount: (p) => moneyFromThousandths(p.record.amount, p.currencyCode),
  state: (p) => paymentRecordState(p.record.paymentStatus),
};
