import type { OrderConnectionResolvers } from '../__generated__/resolvers';
import { encodeOffset } from '../mappers/orderCursor';

export const OrderConnection: OrderConnectionResolvers = {
  totalCount: (c) => c.totalCount,
  edges: (c) => c.orders.map((node, i) => ({ cursor: encodeOffset(c.offset + i + 1), node })),
  pageInfo: (c) => ({
    hasNextPage: c.offset + c.orders.length < c.totalCount,
    hasPreviousPage: c.offset > 0,
    startCursor: c.orders.length ? encodeOffset(c.offset + 1) : null,
    endCursor: c.orders.length ? encodeOffset(c.offset + c.orders.length) : null,
  }),
};
