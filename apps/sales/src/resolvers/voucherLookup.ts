import { recordVoucherRefused } from '@stx/observability';
import type { VoucherRecord } from '@stx/secutix-client';
import { businessRefusal } from '@stx/errors';
import type { SalesContext } from '../context';

export const VOUCHER_CODE = /^[A-Za-z0-9-]{3,40}$/;

export type VoucherLookup = { found: VoucherRecord } | { unknown: true } | { retryAfterSeconds: number };

/**
 * A voucher code is a bearer value: whoever knows it spends it. Every way to ask SecuTix about a
 * code (`voucher(code)`, `payOrder` with GIFT_VOUCHER) comes here, so guessing is throttled in
 * one place, by the one failure rule of the login (FailureThrottle): unknown codes count per
 * client address, an address that guessed wrong too often is slowed, then refused, before any
 * SecuTix call. Known codes (expired or spent ones included: SecuTix told the caller nothing it
 * did not know) are not failures. The counters are the coordination store itself, which fails
 * closed: while it cannot count, no code is looked up (StoreUnavailableError, a retryable
 * UPSTREAM_UNAVAILABLE), as payOrder's idempotency claim is refused then anyway.
 */
export async function lookUpVoucher(ctx: SalesContext, code: string): Promise<VoucherLookup> {
  const clientIp = ctx.identity.clientIp;
  const decision = await ctx.voucherGuard.check(clientIp);
  if (!decision.allowed) {
    recordVoucherRefused();
    return { retryAfterSeconds: decision.retryAfterSeconds };
  }
  const found = await voucherOrUndefined(ctx, code);
  if (found) return { found };
  await ctx.voucherGuard.failed(clientIp);
  return { unknown: true };
}

/** in English: the gateway tells it in the caller's language from the catalogue (THROTTLED) */
export const tooManyGuessesMessage = (retryAfterSeconds: number) => `Too many unknown voucher codes from your address; try again in ${retryAfterSeconds} seconds.`;

/** SecuTix answers an unknown code with a business error and says nothing more; neither do we */
async function voucherOrUndefined(ctx: SalesContext, code: string): Promise<VoucherRecord | undefined> {
  try {
    return await ctx.orders.getVoucherBalance(code);
  } catch (err) {
    if (businessRefusal(err) !== undefined) return undefined;
    throw err;
  }
}
