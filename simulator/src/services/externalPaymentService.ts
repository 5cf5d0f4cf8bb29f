import { ExternalPaymentService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { SimPayment } from '../data/orderTypes';
import type { Params } from '../protocol/normaliseParams';
import { modifiableOrder } from '../sales/modifiableOrder';
import { paymentDetailRecord } from '../sales/orderRecords';
import { posConfig } from './posConfig';
import { CURRENCY_CODE } from '../sales/orderRecords';
import { checkClosePayments, debitWallet } from '../sales/checkClosePayments';
import { iso } from '../data/dates';
import { isRefusal, refusalResult } from '../sales/salesErrors';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, success } from './results';

/**
 * Adds payments to an open order, several methods together or one after the other (PaymentInfo's
 * `paymentIdentifier` [H] carries the voucher code). Vouchers and credit are taken at once
 * (PAID, balances debited); a card becomes a WAITING payment whose `externalUrl` is the
 * simulator's hosted payment page. Part of what is due may be paid, never more. All payments
 * are checked before any is added. The order stays open: closeOrder, or the hosted page when
 * its card pays the last of it, closes it.
 */
function checkPayment(p: Params, ctx: OperationContext): ResultBody {
  const order = modifiableOrder(ctx, p.orderId);
  if (isRefusal(order)) return refusalResult(ctx, order);
  const given = (p.payments as Params[] | undefined) ?? [];
  if (given.length === 0) return businessError(ctx, 'error.invalidParameter', 'payments must hold at least one payment');
  for (const [i, pay] of given.entries()) {
    const returnUrl = (pay.paymentAdditionalData as Params | undefined)?.returnUrl;
    if (returnUrl !== undefined && !isHttpUrl(returnUrl)) return businessError(ctx, 'error.invalidParameter', `payments[${i}].paymentAdditionalData.returnUrl must be an http(s) URL`);
  }
  const checked = checkClosePayments(order, given, ctx.wallet, ctx.institution, ctx.now(), 'check');
  if (isRefusal(checked)) return refusalResult(ctx, checked);
  debitWallet(order, checked, ctx.wallet);
  const added: SimPayment[] = checked.map((pay, i) => {
    const paymentId = ctx.orders.newPaymentId();
    if (pay.paymentMethod !== 'CREDIT_CARD') return { paymentId, ...pay, paymentStatus: 'PAID' };
    const returnUrl = (given[i].paymentAdditionalData as Params | undefined)?.returnUrl as string | undefined;
    return { paymentId, ...pay, paymentStatus: 'WAITING', externalUrl: `${ctx.baseUrl}/payment/${paymentId}`, returnUrl };
  });
  order.payments.push(...added);
  const methods = posConfig(ctx.institution).paymentMethods as Record<string, unknown>[];
  const now = ctx.now();
  return success(ctx, { paymentDetails: added.map((pay) => paymentDetailRecord(pay, order, methods.find((m) => m.id === pay.paymentMethodId), now)) });
}

/**
 * A gift voucher's balance and validity [ours: SecuTix publishes no such method; named like the
 * others]. An unknown code is error.payment.invalidVoucher and says nothing else.
 */
function getVoucherBalance(p: Params, ctx: OperationContext): ResultBody {
  const voucher = typeof p.voucherCode === 'string' ? ctx.wallet.voucher(p.voucherCode) : undefined;
  if (!voucher) return businessError(ctx, 'error.payment.invalidVoucher', 'unknown voucher');
  return success(ctx, { voucherData: { voucherCode: voucher.code, balance: voucher.balance, currencyCode: CURRENCY_CODE, validUntil: iso(voucher.validUntil) } });
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const externalPaymentService: ServiceDef = serviceDef(ExternalPaymentService, {
  checkPayment: {
    params: {
      orderId: 'number',
      payments: { list: { paymentMethodId: 'number', amount: 'number', paymentIdentifier: 'string', paymentAdditionalData: 'map' } },
    },
    handle: checkPayment,
  },
  getVoucherBalance: {
    params: { voucherCode: 'string' },
    handle: getVoucherBalance,
  },
});
