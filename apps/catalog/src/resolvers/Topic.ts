import type { TopicResolvers } from '../__generated__/resolvers';
import { named } from './catalogText';

export const Topic: TopicResolvers = {
  id: (t) => String(t.id),
  name: (t, { lang }, ctx) => named(t.externalName, lang, ctx, t.code),
};
