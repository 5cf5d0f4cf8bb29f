import type { QueryResolvers } from '../__generated__/resolvers';
import { visitorFromCookies } from '../mappers/cookies';
import { requireContact } from './requireContact';

export const Query: QueryResolvers = {
  me: (_p, _a, ctx) => ctx.contactLoader.load(requireContact(ctx)),
  visitor: (_p, _a, ctx) => visitorFromCookies(ctx.cookies, ctx.config.backend.secutix.institution, ctx.config.salesChannelCode),
  accountLinks: (_p, { lang }, ctx) => ({
    shopUrl: ctx.config.shopUrl,
    lang: lang && /^[a-z]{2}$/i.test(lang) ? lang.toLowerCase() : 'fr',
    staticPages: ctx.config.staticPages,
  }),
};
