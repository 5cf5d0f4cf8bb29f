import { moneyFromThousandths } from '@stx/subgraph-kit';
import type { PriceResolvers } from '../__generated__/resolvers';

export const Price: PriceResolvers = {
  amount: (p) => moneyFromThousandths(p.thousandths, p.currencyCode),
};
