import { codedError } from '@stx/errors';
import { moneyFromThousandths, requireBuyer } from '@stx/domain-rules';
import type { QueryResolvers } from '../__generated__/resolvers';
import { loadOwnOrder } from './ownership';
import { lookUpVoucher, tooManyGuessesMessage, VOUCHER_CODE } from './voucherLookup';

export const Query: QueryResolvers = {
  async order(_p, { id }, ctx) {
    const order = await loadOwnOrder(ctx, id);
    if (!order) throw codedError('NOT_FOUND', `No order ${id.slice(0, 20)} for you`, { id: id.slice(0, 20) });
    return order;
  },
  async voucher(_p, { code }, ctx) {
    requireBuyer(ctx.identity); // identified callers only (contacts, guests at checkout): no anonymous guessing of codes
    if (!VOUCHER_CODE.test(code.trim())) throw codedError('BAD_USER_INPUT', 'A voucher code is 3 to 40 letters, digits or dashes.', { argument: 'code' });
    const lookup = await lookUpVoucher(ctx, code.trim());
    if ('retryAfterSeconds' in lookup) throw codedError('THROTTLED', tooManyGuessesMessage(lookup.retryAfterSeconds), { retryAfterSeconds: lookup.retryAfterSeconds });
    if (!('found' in lookup)) throw codedError('NOT_FOUND', 'No voucher with this code.');
    const voucher = lookup.found;
    const currencyCode = voucher.currencyCode ?? (await ctx.posConfig()).currencyCode ?? 'EUR';
    return { code: voucher.voucherCode, balance: moneyFromThousandths(voucher.balance, currencyCode), validUntil: voucher.validUntil ?? null };
  },
};
