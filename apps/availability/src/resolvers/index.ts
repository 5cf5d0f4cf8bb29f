import type { Resolvers } from '../__generated__/resolvers';
import { checkLang, levelOf, toAvailability, unwrap } from './availabilityModel';

/** A booking link shows only for what is on sale and not sold out (the seeds' "book" rule). */
function bookable(state: string | undefined, indicator: number | undefined): boolean {
  return state === 'ON_SALE' && indicator !== undefined && indicator !== 3;
}

export const resolvers: Resolvers = {
  Product: {
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
  },
  Performance: {
    __resolveReference: (ref) => ({ id: ref.id, state: ref.state }),
    async availability(p, _args, ctx) {
      const entry = unwrap(await ctx.loaders.performance.load(Number(p.id)));
      return entry ? toAvailability(entry.record.availabilityIndicator, entry.fetchedAt) : null;
    },
    async seatCategoryAvailability(p, _args, ctx) {
      const entry = unwrap(await ctx.loaders.performance.load(Number(p.id)));
      return (entry?.record.seatCategoryAvailabilities ?? []).map((s) => ({
        seatCategoryId: String(s.seatCategoryId),
        availability: toAvailability(s.availabilityIndicator, entry!.fetchedAt),
      }));
    },
    async bookingUrl(p, { lang }, ctx) {
      checkLang(lang);
      if (p.state !== 'ON_SALE') return null;
      const entry = unwrap(await ctx.loaders.performance.load(Number(p.id)));
      if (!bookable(p.state, entry?.record.availabilityIndicator)) return null;
      return `${ctx.shopUrl}/api/1/redirect/product/performance?id=${encodeURIComponent(p.id)}&lang=${(lang ?? (await ctx.mainLanguage())).toLowerCase()}`;
    },
  },
  Availability: {
    level: (a) => levelOf(a.indicator),
    code: (a) => a.indicator,
    asOf: (a) => a.asOf,
  },
};
