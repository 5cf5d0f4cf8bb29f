import type { SimOrder } from '../data/orderTypes';
import { normaliseVoucherCode, type PaymentWallet } from '../data/PaymentWallet';
import type { Params } from '../protocol/normaliseParams';
import { amountDue, paidAmount, saleAmount } from './orderAmounts';
import { paymentTypeOf, type PaymentType } from './paymentMethods';
import { refusal, type SalesRefusal } from './salesErrors';

export interface ClosePayment {
  paymentMethodId: number;
  paymentMethod: PaymentType;
  amount: number;
  paymentIdentifier?: string;
}

/**
 * Payments given to closeOrder (`close`) or checkPayment (`check`), checked as a whole before
 * anything is debited: vouchers (valid at `now`) and credit up to their balances (one voucher
 * used twice counts twice). closeOrder takes no card (cards go through the hosted page) and,
 * with what is already PAID, must reach exactly the sale amount; checkPayment takes cards too
 * and may pay part, never more than is due.
 */
export function checkClosePayments(order: SimOrder, given: readonly Params[], wallet: PaymentWallet, institution: string, now: number, mode: 'close' | 'check' = 'close'): ClosePayment[] | SalesRefusal {
  const payments: ClosePayment[] = [];
  const voucherUse = new Map<string, number>();
  let creditUse = 0;
  for (const [i, p] of given.entries()) {
    const { paymentMethodId, amount, paymentIdentifier } = p;
    const type = paymentTypeOf(institution, paymentMethodId);
    if (typeof paymentMethodId !== 'number' || !type) return refusal('error.invalidParameter', `payments[${i}].paymentMethodId is not a payment method of this point of sales`);
    if (typeof amount !== 'number' || amount <= 0) return refusal('error.invalidParameter', `payments[${i}].amount must be a positive integer in thousandths`);
    if (type === 'CREDIT_CARD') {
      if (mode === 'close') return refusal('error.invalidParameter', 'card payments go through checkPayment and the hosted payment page, not closeOrder');
      payments.push({ paymentMethodId, paymentMethod: type, amount });
      continue;
    }
    if (type === 'GIFT_VOUCHER') {
      const code = typeof paymentIdentifier === 'string' ? normaliseVoucherCode(paymentIdentifier) : '';
      const balance = code ? wallet.voucherBalance(code, now) : undefined;
      const used = (voucherUse.get(code) ?? 0) + amount;
      if (balance === undefined || balance < used) return refusal('error.payment.invalidVoucher', balance === undefined ? 'unknown or expired voucher' : 'the voucher balance is too low');
      voucherUse.set(code, used);
      payments.push({ paymentMethodId, paymentMethod: type, amount, paymentIdentifier: code });
      continue;
    }
    creditUse += amount;
    if (wallet.creditBalance(order.contactNumber) < creditUse) return refusal('error.payment.insufficient', 'the credit balance is too low');
    payments.push({ paymentMethodId, paymentMethod: type, amount });
  }
  const given_ = payments.reduce((sum, p) => sum + p.amount, 0);
  if (mode === 'check') {
    if (given_ > amountDue(order)) return refusal('error.invalidParameter', `the payments (${given_}) exceed what is due (${amountDue(order)})`);
    return payments;
  }
  const due = saleAmount(order);
  const covered = paidAmount(order) + given_;
  if (covered < due) return refusal('error.payment.insufficient', `paid ${covered} of ${due} (thousandths)`);
  if (covered > due && payments.length > 0) return refusal('error.invalidParameter', `the payments (${covered}) exceed the sale amount (${due})`);
  return payments;
}

/** Takes checked voucher and credit payments from the wallet; a negative `sign` gives them back. */
export function debitWallet(order: SimOrder, payments: readonly ClosePayment[], wallet: PaymentWallet, sign: 1 | -1 = 1): void {
  for (const pay of payments) {
    if (pay.paymentMethod === 'GIFT_VOUCHER') wallet.debitVoucher(pay.paymentIdentifier!, sign * pay.amount);
    else if (pay.paymentMethod === 'CREDIT_BALANCE') wallet.debitCredit(order.contactNumber, sign * pay.amount);
  }
}
