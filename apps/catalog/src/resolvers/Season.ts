import type { SeasonResolvers } from '../__generated__/resolvers';
import { named } from './catalogText';

export const Season: SeasonResolvers = {
  id: (s) => String(s.id),
  name: (s, { lang }, ctx) => named(s.externalName, lang, ctx, s.code),
  start: (s) => s.start ?? null,
  end: (s) => s.end ?? null,
};
