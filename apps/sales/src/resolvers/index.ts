import { codedError, moneyFromThousandths, requireBuyer } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';
import { Contact, OrderConnection } from './Contact';
import { Mutation } from './Mutation';
import { Order, OrderLine, OrderPayment } from './Order';
import { loadOwnOrder } from './ownership';
import { VOUCHER_CODE, voucherOrUndefined } from './payments';

export const resolvers: Resolvers = {
  Query: {
    async order(_p, { id }, ctx) {
      const order = await loadOwnOrder(ctx, id);
      if (!order) throw codedError('NOT_FOUND', `No order ${id.slice(0, 20)} for you`, { id: id.slice(0, 20) });
      return order;
    },
    async voucher(_p, { code }, ctx) {
      requireBuyer(ctx.identity); // identified callers only (contacts, guests at checkout): no anonymous guessing of codes
      if (!VOUCHER_CODE.test(code.trim())) throw codedError('BAD_USER_INPUT', 'A voucher code is 3 to 40 letters, digits or dashes.', { argument: 'code' });
      const voucher = await voucherOrUndefined(ctx, code.trim());
      if (!voucher) throw codedError('NOT_FOUND', 'No voucher with this code.');
      const currencyCode = voucher.currencyCode ?? (await ctx.posConfig()).currencyCode ?? 'EUR';
      return { code: voucher.voucherCode, balance: moneyFromThousandths(voucher.balance, currencyCode), validUntil: voucher.validUntil ?? null };
    },
  },
  Mutation,
  Order,
  OrderLine,
  OrderPayment,
  Contact,
  OrderConnection,
};
