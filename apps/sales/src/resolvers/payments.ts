import type { OrderDetailsRecord, PaymentMethodRecord } from '@stx/secutix-client';
import { amountDue, deliveryChosen } from '@stx/domain-rules';
import { userError, type UserError } from '@stx/errors';
import { trustedReturnUrl } from '@stx/host';
import type { PaymentInput } from '../__generated__/resolvers';
import type { SalesContext } from '../context';
import { lookUpVoucher, VOUCHER_CODE } from './voucherLookup';

const TYPE = { CARD: 'CREDIT_CARD', GIFT_VOUCHER: 'GIFT_VOUCHER', CREDIT_BALANCE: 'CREDIT_BALANCE' } as const;

export interface PaymentOutcome {
  paymentUrl?: string | null;
  /** with TOO_MANY_ATTEMPTS: seconds before this address may try a voucher code again */
  retryAfterSeconds?: number;
  userErrors: UserError[];
}

const deliveryFirst = userError('DELIVERY_NOT_CHOSEN', 'orderId');

/**
 * One payment towards an open order; the order stays open (closeOrder is the buyer's last step,
 * or the hosted card page closes it when it pays the last of it). A voucher or the credit
 * balance pays what it can, up to what is due; the card pays the rest on SecuTix's hosted page.
 * A payment that would settle the whole order waits until the delivery is chosen, because the
 * delivery's price is part of what is due and is locked once paid.
 */
export async function pay(ctx: SalesContext, contactNumber: string, order: OrderDetailsRecord, payment: PaymentInput): Promise<PaymentOutcome> {
  const methods = (await ctx.posConfig()).paymentMethods ?? [];
  const method: PaymentMethodRecord | undefined = methods.find((m) => m.paymentType === TYPE[payment.method]);
  if (!method) return { userErrors: [userError('PAYMENT_METHOD_UNAVAILABLE', 'payment.method')] };
  const due = amountDue(order);
  if (due === 0) return { userErrors: [userError('NOTHING_DUE', 'orderId')] };

  if (payment.method === 'CARD') {
    // SecuTix's payment page sends the buyer there: only to one of the websites (no open redirect)
    const returnUrl = payment.returnUrl == null ? undefined : trustedReturnUrl(ctx.config.returnOrigins, payment.returnUrl);
    if (payment.returnUrl != null && returnUrl === undefined) return { userErrors: [userError('INVALID_INPUT.returnOrigin', 'payment.returnUrl')] };
    if (!deliveryChosen(order)) return { userErrors: [deliveryFirst] };
    const details = await ctx.orders.checkPayment(order.orderId, [{ paymentMethodId: method.id, amount: due, returnUrl }]);
    return { paymentUrl: details.find((d) => d.paymentStatus === 'WAITING' && d.externalUrl)?.externalUrl ?? null, userErrors: [] };
  }

  let available: number;
  let paymentIdentifier: string | undefined;
  if (payment.method === 'GIFT_VOUCHER') {
    const code = payment.voucherCode?.trim() ?? '';
    if (!VOUCHER_CODE.test(code)) return { userErrors: [userError('INVALID_VOUCHER', 'payment.voucherCode')] };
    const lookup = await lookUpVoucher(ctx, code);
    if ('retryAfterSeconds' in lookup) return { retryAfterSeconds: lookup.retryAfterSeconds, userErrors: [userError('TOO_MANY_ATTEMPTS.voucher', 'payment.voucherCode', { seconds: lookup.retryAfterSeconds })] };
    const voucher = 'found' in lookup ? lookup.found : undefined;
    if (!voucher || voucher.balance <= 0 || (voucher.validUntil && Date.parse(voucher.validUntil) < ctx.now)) {
      return { userErrors: [userError('INVALID_VOUCHER', 'payment.voucherCode')] };
    }
    available = voucher.balance;
    paymentIdentifier = voucher.voucherCode;
  } else {
    available = (await ctx.contacts.getContactData(contactNumber)).financialData?.creditBalance ?? 0;
    if (available <= 0) return { userErrors: [userError('NO_CREDIT', 'payment.method')] };
  }
  const amount = Math.min(available, due);
  if (amount === due && !deliveryChosen(order)) return { userErrors: [deliveryFirst] };
  await ctx.orders.checkPayment(order.orderId, [{ paymentMethodId: method.id, amount, paymentIdentifier }]);
  return { userErrors: [] };
}
