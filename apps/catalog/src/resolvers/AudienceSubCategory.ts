import type { AudienceSubCategoryResolvers } from '../__generated__/resolvers';
import { named } from './catalogText';
import { referenced } from './lookups';

export const AudienceSubCategory: AudienceSubCategoryResolvers = {
  async __resolveReference(ref, ctx) {
    return referenced(() => ctx.catalog(), ref.id, (index, id) => index.audienceSubCategoryById.get(id));
  },
  id: (s) => String(s.id),
  name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
  kind: (s) => (s.audienceCategoryKind === 'REDUCED' || s.audienceCategoryKind === 'FREE' ? s.audienceCategoryKind : 'FULL'),
};
