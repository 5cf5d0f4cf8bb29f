import { named } from './catalogText';
import type { PerformanceResolvers } from '../__generated__/resolvers';
import { toPriceModels } from '../mappers/priceModels';
import { salesState } from '../mappers/salesState';
import { referenced } from './lookups';
import { withCatalog } from './withCatalog';

export const Performance: PerformanceResolvers = {
  async __resolveReference(ref, ctx) {
    return referenced(() => ctx.catalog(), ref.id, (index, id) => index.performanceById.get(String(id)));
  },
  id: (p) => p.id,
  code: (p) => p.record.code ?? p.id,
  name: (p, { lang }, ctx) => named(p.product.record.externalName, lang, ctx, p.product.record.code),
  product: (p) => p.product,
  start: (p) => new Date(p.startMs).toISOString(),
  durationMinutes: (p) => (p.record.duration !== undefined ? Math.round(p.record.duration / 60) : null),
  state: (p, _args, ctx) => {
    // a performance past its start is no longer on sale, whatever the product's window says
    const product = p.product.record;
    if (p.startMs < ctx.now && p.record.state !== 'CANCELED') return 'SALES_ENDED';
    return salesState(p.record.state === 'RUNNING' ? product.state : p.record.state, product.salesStart, product.salesEnd, ctx.now);
  },
  seatCategories: (p) => p.record.seatCategories ?? [],
  prices: (p, _args, ctx) => withCatalog(ctx, (index) => toPriceModels(index, p.record.prices, p.record.seatCategories)),
};
