import type { PerformanceResolvers } from '../__generated__/resolvers';
import { toAvailability } from '../mappers/availabilityModel';
import { bookable } from '../mappers/bookable';
import { entityRef, load, shopLink } from './entityAvailability';

export const Performance: PerformanceResolvers = {
  __resolveReference: (ref) => entityRef(ref),
  async availability(p, _args, ctx) {
    const entry = await load(ctx.loaders.performance, p.id);
    return entry ? toAvailability(entry.record.availabilityIndicator, entry.fetchedAt) : null;
  },
  async seatCategoryAvailability(p, _args, ctx) {
    const entry = await load(ctx.loaders.performance, p.id);
    return (entry?.record.seatCategoryAvailabilities ?? []).map((s) => ({
      seatCategoryId: String(s.seatCategoryId),
      availability: toAvailability(s.availabilityIndicator, entry!.fetchedAt),
    }));
  },
  async bookingUrl(p, { lang }, ctx) {
    if (p.state !== 'ON_SALE') return null;
    const entry = await load(ctx.loaders.performance, p.id);
    if (!bookable(p.state, entry?.record.availabilityIndicator)) return null;
    return shopLink(ctx, 'performance', p.id, lang);
  },
};
