import { ExternalPaymentService } from '@stx/secutix-contract';
import { serviceDef } from './serviceDef';
import type { SimPayment } from '../data/orderTypes';
import type { Params } from '../protocol/normaliseParams';
import { modifiableOrder } from '../sales/modifiableOrder';
import { paymentDetailRecord } from '../sales/orderRecords';
import { posConfig } from './posConfig';
import { paymentTypeOf } from '../sales/paymentMethods';
import { isRefusal, refusalResult } from '../sales/salesErrors';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, success } from './results';

/**
 * Starts card payments: each becomes a WAITING payment whose `externalUrl` is the simulator's
 * hosted payment page, where the buyer pays or cancels. Vouchers and credit are given to
 * closeOrder instead. All payments are checked before any is added.
 */
function checkPayment(p: Params, ctx: OperationContext): ResultBody {
  const order = modifiableOrder(ctx, p.orderId);
  if (isRefusal(order)) return refusalResult(ctx, order);
  const given = (p.payments as Params[] | undefined) ?? [];
  if (given.length === 0) return businessError(ctx, 'error.invalidParameter', 'payments must hold at least one payment');
  for (const [i, pay] of given.entries()) {
    if (paymentTypeOf(ctx.institution, pay.paymentMethodId) !== 'CREDIT_CARD') return businessError(ctx, 'error.invalidParameter', `payments[${i}]: only card payment methods start a hosted payment; vouchers and credit go to closeOrder`);
    if (typeof pay.amount !== 'number' || pay.amount <= 0) return businessError(ctx, 'error.invalidParameter', `payments[${i}].amount must be a positive integer in thousandths`);
    const returnUrl = (pay.paymentAdditionalData as Params | undefined)?.returnUrl;
    if (returnUrl !== undefined && !isHttpUrl(returnUrl)) return businessError(ctx, 'error.invalidParameter', `payments[${i}].paymentAdditionalData.returnUrl must be an http(s) URL`);
  }
  const added: SimPayment[] = given.map((pay) => {
    const paymentId = ctx.orders.newPaymentId();
    const returnUrl = (pay.paymentAdditionalData as Params | undefined)?.returnUrl as string | undefined;
    return { paymentId, paymentMethodId: pay.paymentMethodId as number, paymentMethod: 'CREDIT_CARD', amount: pay.amount as number, paymentStatus: 'WAITING', externalUrl: `${ctx.baseUrl}/payment/${paymentId}`, returnUrl };
  });
  order.payments.push(...added);
  const methods = posConfig(ctx.institution).paymentMethods as Record<string, unknown>[];
  const now = ctx.now();
  return success(ctx, { paymentDetails: added.map((pay) => paymentDetailRecord(pay, order, methods.find((m) => m.id === pay.paymentMethodId), now)) });
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
      payments: { list: { paymentMethodId: 'number', amount: 'number', paymentAdditionalData: { object: { returnUrl: 'string' } } } },
    },
    handle: checkPayment,
  },
});
