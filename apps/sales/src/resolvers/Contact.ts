import { codedError } from '@stx/errors';
import { requireSelf } from '@stx/domain-rules';
import type { ContactResolvers } from '../__generated__/resolvers';
import { decodeOffset } from '../mappers/orderCursor';

const STATES: Record<string, string[]> = { OPEN: ['IN_PROGRESS'], CLOSED: ['CLOSED'], CANCELLED: ['ABANDONED', 'CANCELLED'], EXPIRED: ['ABANDONED'] };

export const Contact: ContactResolvers = {
  __resolveReference: (ref) => ({ contactNumber: String(ref.contactNumber) }),
  /** order history, only for the contact themself: any other contact number gives FORBIDDEN */
  async orders(c, { first, after, filter }, ctx) {
    requireSelf(ctx.identity, c.contactNumber);
    const size = first ?? 10;
    if (!Number.isInteger(size) || size < 0 || size > 50) throw codedError('BAD_USER_INPUT', 'first must be between 0 and 50', { argument: 'first' });
    const offset = after ? decodeOffset(after) : 0;
    if (offset === undefined) throw codedError('BAD_USER_INPUT', 'after is not a cursor from this API', { argument: 'after' });
    const states = filter?.states?.flatMap((s) => STATES[s] ?? []);
    const page = await ctx.orders.searchOrders(c.contactNumber, { start: offset, size }, states);
    const details = await Promise.all(page.orders.map((o) => ctx.orderLoader.load(o.orderId)));
    return { totalCount: page.totalCount, orders: details, offset };
  },
};
