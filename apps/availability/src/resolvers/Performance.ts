import type { PerformanceResolvers } from '../__generated__/resolvers';
import { checkLang, toAvailability, unwrap } from '../mappers/availabilityModel';
import { bookable } from '../mappers/bookable';

export const Performance: PerformanceResolvers = {
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
};
