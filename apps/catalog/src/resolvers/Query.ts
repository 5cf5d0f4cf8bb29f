import { codedError } from '@stx/errors';
import type { QueryResolvers } from '../__generated__/resolvers';
import { filterProducts } from '../mappers/filterProducts';
import { decodeCursor } from '../mappers/cursor';
import { lookupPerformance, lookupProduct } from './lookups';

export const MAX_PAGE_SIZE = 100;

export const Query: QueryResolvers = {
  async products(_parent, { first, after, filter }, ctx) {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      throw codedError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}`, { argument: 'first', max: MAX_PAGE_SIZE });
    }
    const offset = after ? decodeCursor(after) : 0;
    if (offset === undefined) throw codedError('BAD_USER_INPUT', 'after is not a cursor from this API', { argument: 'after' });
    for (const field of ['from', 'to'] as const) {
      const value = filter?.[field];
      if (value && Number.isNaN(Date.parse(value))) throw codedError('BAD_USER_INPUT', `filter.${field} must be an ISO-8601 date`, { argument: `filter.${field}` });
    }
    if (filter?.search && filter.search.length > 200) throw codedError('BAD_USER_INPUT', 'filter.search is longer than 200 characters', { argument: 'filter.search' });
    const matches = filterProducts(await ctx.catalog(), filter, ctx.now);
    return { totalCount: matches.length, items: matches.slice(offset + (after ? 1 : 0), offset + (after ? 1 : 0) + size), offset: offset + (after ? 1 : 0) };
  },
  async product(_parent, { id }, ctx) {
    return lookupProduct(() => ctx.catalog(), id);
  },
  async performance(_parent, { id }, ctx) {
    return lookupPerformance(() => ctx.catalog(), id);
  },
  async pointOfSale(_parent, _args, ctx) {
    return (await ctx.catalog()).pos;
  },
  async seasons(_parent, _args, ctx) {
    return (await ctx.catalog()).seasons;
  },
  async topics(_parent, _args, ctx) {
    return [...(await ctx.catalog()).topicById.values()];
  },
};
