import type { ProductResolvers } from '../__generated__/resolvers';
import { toAvailability } from '../mappers/availabilityModel';
import { bookable } from '../mappers/bookable';
import { entityRef, load, shopLink } from './entityAvailability';

export const Product: ProductResolvers = {
  __resolveReference: (ref) => entityRef(ref),
  async availability(p, _args, ctx) {
    const entry = await load(ctx.loaders.product, p.id);
    return entry ? toAvailability(entry.record.availabilityIndicator, entry.fetchedAt) : null;
  },
  async bookingUrl(p, { lang }, ctx) {
    if (p.state !== 'ON_SALE') return null;
    const entry = await load(ctx.loaders.product, p.id);
    if (!bookable(p.state, entry?.record.availabilityIndicator)) return null;
    return shopLink(ctx, 'product', p.id, lang);
  },
};
