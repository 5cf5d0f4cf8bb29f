import type { OperationRecord, OrderDetailsRecord, PaymentRecord } from '@stx/secutix-client';

export interface OrderLineModel {
  record: OperationRecord;
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

export function paymentState(payments: readonly PaymentRecord[] | undefined): 'NONE' | 'WAITING' | 'PAID' | 'CANCELLED' | 'FAILED' {
  const last = payments?.[payments.length - 1];
  if (!last) return 'NONE';
  if (last.paymentStatus === 'PAID' || last.paymentStatus === 'AUTHORIZED') return 'PAID';
  if (last.paymentStatus === 'WAITING' || last.paymentStatus === 'IN_PROGRESS') return 'WAITING';
  if (last.paymentStatus === 'CANCELLED_BY_USER') return 'CANCELLED';
  return 'FAILED';
}
