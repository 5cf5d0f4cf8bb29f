import { parseSecutixId } from '@stx/domain-rules';
import type { SeatCategoryResolvers } from '../__generated__/resolvers';
import { named } from './catalogText';

export const SeatCategory: SeatCategoryResolvers = {
  async __resolveReference(ref, ctx) {
    return (await ctx.catalog()).seatCategoryById.get(parseSecutixId(ref.id) ?? NaN) ?? null;
  },
  id: (s) => String(s.id),
  name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
};
