import { parseSecutixId } from '@stx/domain-rules';
import type { AudienceSubCategoryResolvers } from '../__generated__/resolvers';
import { named } from './catalogText';

export const AudienceSubCategory: AudienceSubCategoryResolvers = {
  async __resolveReference(ref, ctx) {
    return (await ctx.catalog()).audienceSubCategoryById.get(parseSecutixId(ref.id) ?? NaN) ?? null;
  },
  id: (s) => String(s.id),
  name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
  kind: (s) => (s.audienceCategoryKind === 'REDUCED' || s.audienceCategoryKind === 'FREE' ? s.audienceCategoryKind : 'FULL'),
};
