import type { ProductConnectionResolvers } from '../__generated__/resolvers';
import { encodeCursor } from '../mappers/cursor';

export const ProductConnection: ProductConnectionResolvers = {
  totalCount: (c) => c.totalCount,
  edges: (c) => c.items.map((node, i) => ({ cursor: encodeCursor(c.offset + i), node })),
  pageInfo: (c) => ({
    hasNextPage: c.offset + c.items.length < c.totalCount,
    hasPreviousPage: c.offset > 0,
    startCursor: c.items.length ? encodeCursor(c.offset) : null,
    endCursor: c.items.length ? encodeCursor(c.offset + c.items.length - 1) : null,
  }),
};
