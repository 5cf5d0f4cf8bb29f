import { SecutixError } from '@stx/secutix-client';

export interface UserError {
  code: string;
  field: string | null;
  message: string;
}

const BUSINESS: Record<string, [string, string]> = {
  'error.order.availability': ['SOLD_OUT', 'Not enough seats left for this choice.'],
  'error.order.quantityLimit': ['QUANTITY_LIMIT', 'Too many tickets for one performance in one order.'],
  'error.order.notOnSale': ['NOT_ON_SALE', 'This performance is not on sale (not yet, no longer, or cancelled).'],
  'error.order.priceNotFound': ['PRICE_NOT_FOUND', 'This tariff is not sold for this performance.'],
  'error.order.notFound': ['NOT_FOUND', 'No such order.'],
  'error.order.notModifiable': ['ORDER_CLOSED', 'This order can no longer be changed.'],
  'error.order.expired': ['ORDER_EXPIRED', 'The seats of this order were released; start a new order.'],
  'error.payment.insufficient': ['PAYMENT_INCOMPLETE', 'The order is not fully paid yet.'],
  'error.payment.invalidVoucher': ['INVALID_VOUCHER', 'This voucher cannot be used.'],
  'error.invalidParameter': ['INVALID_INPUT', 'A value was refused by SecuTix.'],
};

/** SecuTix's business refusals become our codes in the payload; technical failures stay thrown. */
export function toUserErrors(err: unknown, field: string | null = null): UserError[] {
  if (err instanceof SecutixError && err.kind === 'BUSINESS') {
    const [code, message] = BUSINESS[err.statusCode ?? ''] ?? ['REFUSED', 'SecuTix refused the request.'];
    return [{ code, field, message }];
  }
  throw err;
}

export const userError = (code: string, field: string | null, message: string): UserError => ({ code, field, message });
