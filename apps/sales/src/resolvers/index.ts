import { codedError } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';
import { Contact, OrderConnection } from './Contact';
import { Mutation } from './Mutation';
import { Order, OrderLine } from './Order';
import { loadOwnOrder } from './ownership';

export const resolvers: Resolvers = {
  Query: {
    async order(_p, { id }, ctx) {
      const order = await loadOwnOrder(ctx, id);
      if (!order) throw codedError('NOT_FOUND', `No order ${id.slice(0, 20)} for you`, { id: id.slice(0, 20) });
      return order;
    },
  },
  Mutation,
  Order,
  OrderLine,
  Contact,
  OrderConnection,
};
