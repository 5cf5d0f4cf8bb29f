import { moneyFromThousandths } from '@stx/domain-rules';
import type { PriceResolvers } from '../__generated__/resolvers';

export const Price: PriceResolvers = {
  amount: (p) => moneyFromThousandths(p.thousandths, p.currencyCode),
};
