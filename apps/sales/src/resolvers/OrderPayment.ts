import { moneyFromThousandths } from '@stx/domain-rules';
import type { OrderPaymentResolvers } from '../__generated__/resolvers';
import { paymentMethodType, paymentRecordState } from '../mappers/orderModels';

export const OrderPayment: OrderPaymentResolvers = {
  id: (p) => String(p.record.paymentId),
  method: (p) => paymentMethodType(p.record.paymentMethod),
  amount: (p) => moneyFromThousandths(p.record.amount, p.currencyCode),
  state: (p) => paymentRecordState(p.record.paymentStatus),
};
