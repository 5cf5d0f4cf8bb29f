import { amountDue, moneyFromThousandths, shipmentCharge } from '@stx/domain-rules';
import type { OrderResolvers } from '../__generated__/resolvers';
import { orderCurrency as currency, orderState, paymentState } from '../mappers/orderModels';
import { loadOwnOrder } from './ownership';

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
