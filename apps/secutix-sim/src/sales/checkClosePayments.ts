import type { SimOrder } from '../data/orderTypes';
import { normaliseVoucherCode, type PaymentWallet } from '../data/PaymentWallet';
import type { Params } from '../protocol/normaliseParams';
import { paidAmount, saleAmount } from './orderAmounts';
import { paymentTypeOf, type PaymentType } from './paymentMethods';
import { refusal, type SalesRefusal } from './salesErrors';

export interface ClosePayment {
  paymentMethodId: number;
  paymentMethod: PaymentType;
  amount: number;
  paymentIdentifier?: string;
}

/**
 * The payments given to closeOrder, checked as a whole before anything is debited: cards only
 * through the hosted page, vouchers and credit up to their balances (one voucher used twice
 * counts twice), and together with what is already PAID exactly the sale amount.
 */
export function checkClosePayments(order: SimOrder, given: readonly Params[], wallet: PaymentWallet, institution: string): ClosePayment[] | SalesRefusal {
  const payments: ClosePayment[] = [];
  const voucherUse = new Map<string, number>();
  let creditUse = 0;
  for (const [i, p] of given.entries()) {
    const { paymentMethodId, amount, paymentIdentifier } = p;
    const type = paymentTypeOf(institution, paymentMethodId);
    if (typeof paymentMethodId !== 'number' || !type) return refusal('error.invalidParameter', `payments[${i}].paymentMethodId is not a payment method of this point of sales`);
    if (typeof amount !== 'number' || amount <= 0) return refusal('error.invalidParameter', `payments[${i}].amount must be a positive integer in thousandths`);
    if (type === 'CREDIT_CARD') return refusal('error.invalidParameter', 'card payments go through checkPayment and the hosted payment page, not closeOrder');
    if (type === 'GIFT_VOUCHER') {
      const code = typeof paymentIdentifier === 'string' ? normaliseVoucherCode(paymentIdentifier) : '';
      const balance = code ? wallet.voucherBalance(code) : undefined;
      const used = (voucherUse.get(code) ?? 0) + amount;
      if (balance === undefined || balance < used) return refusal('error.payment.invalidVoucher', balance === undefined ? 'unknown voucher' : 'the voucher balance is too low');
      voucherUse.set(code, used);
      payments.push({ paymentMethodId, paymentMethod: type, amount, paymentIdentifier: code });
      continue;
    }
    creditUse += amount;
    if (wallet.creditBalance(order.contactNumber) < creditUse) return refusal('error.payment.insufficient', 'the credit balance is too low');
    payments.push({ paymentMethodId, paymentMethod: type, amount });
  }
  const due = saleAmount(order);
  const covered = paidAmount(order) + payments.reduce((sum, p) => sum + p.amount, 0);
  if (covered < due) return refusal('error.payment.insufficient', `paid ${covered} of ${due} (thousandths)`);
  if (covered > due && payments.length > 0) return refusal('error.invalidParameter', `the payments (${covered}) exceed the sale amount (${due})`);
  return payments;
}
