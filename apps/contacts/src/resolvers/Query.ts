import { posLanguage, requireContact } from '@stx/domain-rules';
import type { QueryResolvers } from '../__generated__/resolvers';
import { visitorFromCookies } from '../mappers/cookies';

export const Query: QueryResolvers = {
  me: (_p, _a, ctx) => ctx.contactLoader.load(requireContact(ctx.identity)),
  visitor: (_p, _a, ctx) => visitorFromCookies(ctx.cookies, ctx.config.backend.secutix.institution, ctx.config.salesChannelCode),
  accountLinks: async (_p, { lang }, ctx) => ({
    shopUrl: ctx.config.shopUrl,
    lang: posLanguage(await ctx.posConfig(), lang, ctx.acceptLanguage),
    staticPages: ctx.config.staticPages,
  }),
};
