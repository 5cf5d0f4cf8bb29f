import { codedError, requireSelf } from '@stx/subgraph-kit';
import type { ContactResolvers, OrderConnectionResolvers } from '../__generated__/resolvers';

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

export const OrderConnection: OrderConnectionResolvers = {
  totalCount: (c) => c.totalCount,
  edges: (c) => c.orders.map((node, i) => ({ cursor: encodeOffset(c.offset + i + 1), node })),
  pageInfo: (c) => ({
    hasNextPage: c.offset + c.orders.length < c.totalCount,
    endCursor: c.orders.length ? encodeOffset(c.offset + c.orders.length) : null,
  }),
};

function encodeOffset(n: number): string {
  return Buffer.from(`o:${n}`).toString('base64url');
}

function decodeOffset(cursor: string): number | undefined {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}
