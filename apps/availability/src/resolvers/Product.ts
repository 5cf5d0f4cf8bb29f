import type { ProductResolvers } from '../__generated__/resolvers';
import { checkLang, toAvailability, unwrap } from '../mappers/availabilityModel';
import { bookable } from '../mappers/bookable';

export const Product: ProductResolvers = {
  __resolveReference: (ref) => ({ id: ref.id, state: ref.state }),
  async availability(p, _args, ctx) {
    const entry = unwrap(await ctx.loaders.product.load(Number(p.id)));
    return entry ? toAvailability(entry.record.availabilityIndicator, entry.fetchedAt) : null;
  },
  async bookingUrl(p, { lang }, ctx) {
    checkLang(lang);
    if (p.state !== 'ON_SALE') return null;
    const entry = unwrap(await ctx.loaders.product.load(Number(p.id)));
    if (!bookable(p.state, entry?.record.availabilityIndicator)) return null;
    return `${ctx.shopUrl}/api/1/redirect/product?id=${encodeURIComponent(p.id)}&lang=${(lang ?? (await ctx.mainLanguage())).toLowerCase()}`;
  },
};
