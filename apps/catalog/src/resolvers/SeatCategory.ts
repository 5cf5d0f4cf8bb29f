import type { SeatCategoryResolvers } from '../__generated__/resolvers';
import { named } from './catalogText';
import { referenced } from './lookups';

export const SeatCategory: SeatCategoryResolvers = {
  async __resolveReference(ref, ctx) {
    return referenced(() => ctx.catalog(), ref.id, (index, id) => index.seatCategoryById.get(id));
  },
  id: (s) => String(s.id),
  name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
};
