import type { OperationRecord, OrderDetailsRecord, PaymentRecord } from '@stx/secutix-client';
import { amountDue } from '@stx/domain-rules';

export interface OrderLineModel {
  record: OperationRecord;
  currencyCode: string;
}

export interface OrderPaymentModel {
  record: PaymentRecord;
  currencyCode: string;
}

export interface ContactRef {
  contactNumber: string;
}

export interface OrderConnectionModel {
  totalCount: number;
  orders: OrderDetailsRecord[];
  offset: number;
}

export type OrderState = 'OPEN' | 'CLOSED' | 'CANCELLED' | 'EXPIRED';

/** SecuTix's order states to ours; an abandoned order whose hold had run out is EXPIRED. */
export function orderState(order: OrderDetailsRecord, now: number): OrderState {
  switch (order.orderState) {
    case 'IN_PROGRESS':
      return 'OPEN';
    case 'CLOSED':
      return 'CLOSED';
    case 'ABANDONED':
      return order.expirationDate && Date.parse(order.expirationDate) <= now ? 'EXPIRED' : 'CANCELLED';
    default:
      return 'CANCELLED';
  }
}

/** The order's payments together: PAID once nothing is due, PARTIALLY_PAID while vouchers or credit paid part. */
export function paymentState(order: OrderDetailsRecord): 'NONE' | 'WAITING' | 'PARTIALLY_PAID' | 'PAID' | 'CANCELLED' | 'FAILED' {
  const payments = order.payments ?? [];
  const last = payments[payments.length - 1];
  if (!last) return 'NONE';
  const paid = payments.some((p) => p.paymentStatus === 'PAID' || p.paymentStatus === 'AUTHORIZED');
  if (paid && amountDue(order) === 0) return 'PAID';
  if (payments.some((p) => p.paymentStatus === 'WAITING' || p.paymentStatus === 'IN_PROGRESS')) return 'WAITING';
  if (paid) return 'PARTIALLY_PAID';
  if (last.paymentStatus === 'CANCELLED_BY_USER') return 'CANCELLED';
  return 'FAILED';
}

export function paymentRecordState(status: string): 'WAITING' | 'PAID' | 'CANCELLED' | 'REFUNDED' | 'FAILED' {
  if (status === 'PAID' || status === 'AUTHORIZED') return 'PAID';
  if (status === 'WAITING' || status === 'IN_PROGRESS') return 'WAITING';
  if (status === 'CANCELLED_BY_USER') return 'CANCELLED';
  if (status === 'REFUNDED') return 'REFUNDED';
  return 'FAILED';
}

const METHOD: Record<string, 'CARD' | 'GIFT_VOUCHER' | 'CREDIT_BALANCE'> = { CREDIT_CARD: 'CARD', GIFT_VOUCHER: 'GIFT_VOUCHER', CREDIT_BALANCE: 'CREDIT_BALANCE' };
export const paymentMethodType = (paymentMethod: string | undefined) => METHOD[paymentMethod ?? ''] ?? 'CARD';

/** the order's currency (its catalog's), EUR when SecuTix leaves it out */
export const orderCurrency = (o: { catalogCurrency?: { currencyCode: string } }) => o.catalogCurrency?.currencyCode ?? 'EUR';
