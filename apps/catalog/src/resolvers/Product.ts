import { catalogText, named } from './catalogText';
import { moneyFromThousandths } from '@stx/domain-rules';
import type { ProductResolvers } from '../__generated__/resolvers';
import { familyType } from '../mappers/filterProducts';
import { purchaseMode } from '../mappers/purchaseMode';
import { priceBounds, toPriceModels } from '../mappers/priceModels';
import { salesState } from '../mappers/salesState';
import { referenced } from './lookups';
import { withCatalog } from './withCatalog';

export const Product: ProductResolvers = {
  async __resolveReference(ref, ctx) {
    return referenced(() => ctx.catalog(), ref.id, (index, id) => index.productById.get(String(id)));
  },
  id: (p) => p.id,
  code: (p) => p.record.code,
  name: (p, { lang }, ctx) => named(p.record.externalName, lang, ctx, p.record.code),
  description: (p, { lang }, ctx) => catalogText(p.record.externalDescription, lang, ctx),
  familyType: (p) => familyType(p.record.productFamilyType) as never,
  purchaseMode: (p) => purchaseMode(familyType(p.record.productFamilyType)),
  state: (p, _args, ctx) => salesState(p.record.state, p.record.salesStart, p.record.salesEnd, ctx.now),
  salesStart: (p) => p.record.salesStart ?? null,
  salesEnd: (p) => p.record.salesEnd ?? null,
  season: (p) => p.season,
  topics: (p, _args, ctx) => withCatalog(ctx, (index) => (p.record.topicIds ?? []).flatMap((id) => index.topicById.get(String(id)) ?? [])),
  performances: (p) => p.performances,
  nextPerformance: (p, _args, ctx) => p.performances.find((perf) => perf.startMs >= ctx.now) ?? null,
  prices: (p, _args, ctx) => withCatalog(ctx, (index) => toPriceModels(index, p.record.prices, undefined)),
  priceRange(p, _args, ctx) {
    const bounds = priceBounds(p);
    if (!bounds) return null;
    return withCatalog(ctx, ({ currencyCode }) => ({ min: moneyFromThousandths(bounds.min, currencyCode), max: moneyFromThousandths(bounds.max, currencyCode) }));
  },
};
